package org.allianceexplorer.testing;

import java.nio.file.Path;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.load.BundledDataset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The bundled dataset for tests: copied once per test run from the file the build made into a temporary file, opened read-only once per test
 * class and closed after it.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BundledDb bundled = new BundledDb();
 * ... bundled.session(), bundled.db(), bundled.repositories()
 * </pre>
 */
public final class BundledDb implements AfterAllCallback {

    private static Path built;

    private Session session;

    /** A new read-only connection to the bundled dataset; the caller closes it. */
    public static Database open() {
        return Database.openReadOnly(file(), BundledDataset.NAME);
    }

    /** The bundled dataset's file (built once per run); open it read-only, e.g. as a command's {@code --db}. */
    public static synchronized Path file() {
        if (built == null) {
            built = BundledDataset.copyOfBuilt(BundledDataset.PAKISTAN);
        }
        return built;
    }

    /** The class's session over the bundled dataset, opened on first use. */
    public synchronized Session session() {
        if (session == null) {
            session = Session.of(open());
        }
        return session;
    }

    public Database db() {
        return session().database();
    }

    public Repositories repositories() {
        return session().repositories();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (session != null) {
            session.database().close();
            session = null;
        }
    }
}
