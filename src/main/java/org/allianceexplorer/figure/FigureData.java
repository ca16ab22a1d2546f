package org.allianceexplorer.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.allianceexplorer.domain.Source;

/**
 * The data behind a figure, for the report bundle: exactly the rows plotted (as text cells under a
 * header) and the sources of every record behind them.
 */
public record FigureData(List<String> header, List<List<String>> rows, List<Source> sources) {

    public static final FigureData NONE = new FigureData(List.of(), List.of(), List.of());

    public FigureData {
        header = List.copyOf(header);
        rows = rows.stream()
                .map(r -> Collections.unmodifiableList(new ArrayList<>(r)))
                .toList();
        sources = List.copyOf(sources);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " cells, the header " + header.size());
            }
        }
    }
}
