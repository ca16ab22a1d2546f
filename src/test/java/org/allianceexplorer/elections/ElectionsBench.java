package org.allianceexplorer.elections;

import java.nio.file.Path;
import java.util.Locale;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.TestDialogs;

/**
 * The Elections &amp; results screen's first rows on a large database (a plain main, not a unit test): the real
 * {@code ElectionsViewModel} through the immediate runner, from choosing the database to the first rows, then
 * choosing another election, then all of them. Median of runs after one warm-up.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.allianceexplorer.elections.ElectionsBench FILE [runs] [whole]</pre>
 */
public final class ElectionsBench {

    private ElectionsBench() {}

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // "whole": read every election at once, as before one election at a time (for the comparison)
        long oneAbove =
                args.length > 2 && args[2].equals("whole") ? Long.MAX_VALUE : ElectionsViewModel.ONE_ELECTION_ABOVE;
        double[] first = new double[runs];
        double[] other = new double[runs];
        int rows = 0;
        long results = 0;
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            Session session = Session.of(Database.openReadOnly(db));
            AppState state = new AppState();
            ElectionsViewModel model =
                    new ElectionsViewModel(state, TaskRunner.immediate(), new TestDialogs(), oneAbove);
            state.sessionProperty().set(session);
            long t1 = System.nanoTime();
            rows = model.table().shown().size();
            results = session.counts().getOrDefault(RecordKind.RESULTS, 0L);
            // another election: the one before the latest
            long t2 = System.nanoTime();
            model.electionProperty()
                    .set(model.elections().get(Math.max(1, model.elections().size() - 2)));
            long t3 = System.nanoTime();
            if (i >= 0) {
                first[i] = (t1 - t0) / 1e6;
                other[i] = (t3 - t2) / 1e6;
            }
            session.database().close();
        }
        java.util.Arrays.sort(first);
        java.util.Arrays.sort(other);
        System.out.printf(
                Locale.ROOT,
                "%,d candidate results: first rows (%,d) shown %.0f ms after the database was chosen (median of %d);"
                        + " another election %.0f ms%n",
                results,
                rows,
                first[runs / 2],
                runs,
                other[runs / 2]);
    }
}
