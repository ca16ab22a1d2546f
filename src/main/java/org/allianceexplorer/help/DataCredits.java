package org.allianceexplorer.help;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.data.load.BundledDataset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The bundled datasets' credits for About: each one's name and the licence its manifest gives. */
final class DataCredits {

    private DataCredits() {}

    /** "NAME: LICENCE" for each bundled dataset whose manifest says. */
    static List<String> bundled() {
        List<String> out = new ArrayList<>();
        for (BundledDataset.Bundle b : BundledDataset.ALL) {
            String name = null;
            String licence = null;
            try {
                Optional<Reader> r = b.files().open("", "manifest.csv");
                if (r.isEmpty()) {
                    continue;
                }
                try (Reader in = r.get()) {
                    for (CSVRecord rec : CSVFormat.DEFAULT
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(in)) {
                        if ("name".equals(rec.get("key"))) {
                            name = rec.get("value");
                        } else if ("licence".equals(rec.get("key"))) {
                            licence = rec.get("value");
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                continue; // a credit that cannot be read is left out, never an error in About
            }
            if (licence != null) {
                out.add((name == null ? b.name() : name) + "\n" + licence.strip());
            }
        }
        return out;
    }
}
