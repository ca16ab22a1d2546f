package org.allianceexplorer.charts.model;

import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureView;

/**
 * {@code export --view ledger|outcomes|results|membership}: the chart the Charts screen shows, built from
 * {@code --as-of}, {@code --party} (ledger: one party or a pair) and {@code --election}.
 */
public final class ChartFigureView implements FigureView {

    private final ChartKind kind;

    public ChartFigureView(ChartKind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.id();
    }

    @Override
    public String description() {
        return kind.description();
    }

    @Override
    public Figure build(Repositories repositories, ExportRequest request) {
        ChartRequest q = new ChartRequest(request.asOf(), request.parties(), request.election(), request.assembly());
        return Charts.build(kind, repositories, repositories.charts(), q);
    }
}
