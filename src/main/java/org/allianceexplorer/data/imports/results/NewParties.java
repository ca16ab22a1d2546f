package org.allianceexplorer.data.imports.results;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.allianceexplorer.data.format.DatasetFormat;

/**
 * The parties an import makes before it reads the rows (the import wizard's "new party" for an unknown label),
 * in the import's transaction, each cited to the results' source. A party whose abbreviation the database has
 * already (case forgiven) is a problem, never a second party.
 */
final class NewParties {

    /** Where problems with what was resolved in the window are reported. */
    static final String WINDOW = "(labels resolved in the import window)";

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private NewParties() {}

    static void insert(List<ResultsImport.NewParty> parties, ResultsTarget target, ResultsReport report)
            throws SQLException {
        if (parties.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        long next = target.nextId("party");
        for (ResultsImport.NewParty p : parties) {
            String abbreviation = ResultsTarget.blankToNull(p.abbreviation());
            String name = ResultsTarget.blankToNull(p.name());
            String colour = ResultsTarget.blankToNull(p.colour());
            if (abbreviation == null || name == null) {
                report.problem(WINDOW, 0, null, "a new party needs an abbreviation and a name");
                continue;
            }
            abbreviation = abbreviation.strip();
            if (colour != null && !COLOUR.matcher(colour.strip()).matches()) {
                report.problem(
                        WINDOW, 0, null, "new party " + abbreviation + ": colour '" + colour + "' is not #RRGGBB");
                continue;
            }
            String folded = DatasetFormat.fold(abbreviation);
            if (!seen.add(folded)
                    || target.idOf("SELECT id FROM party WHERE lower(abbreviation) = lower(?)", abbreviation) != null) {
                report.problem(
                        WINDOW,
                        0,
                        null,
                        "new party " + abbreviation + ": a party of that abbreviation is in the database already;"
                                + " map the label to it instead");
                continue;
            }
            if (target.source <= 0) {
                continue; // the source's own problem is reported; nothing is written
            }
            target.insert(
                    "INSERT INTO party (id, abbreviation, name, colour) VALUES (?, ?, ?, ?)",
                    next,
                    abbreviation,
                    name.strip(),
                    colour == null ? null : colour.strip().toUpperCase(Locale.ROOT));
            target.cite("party", next);
            next++;
            report.partiesAdded++;
        }
    }
}
