package org.allianceexplorer.testing;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
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
 *
 * <p>A class run on each engine ({@link Engine}) asks for the engine's: {@code bundled.repositories(engine)}; on
 * PostgreSQL it is a copy of the same file on the test server ({@link TestServer}).
 */
public final class BundledDb implements AfterAllCallback {

    private static Path built;

    private final Map<Engine, Session> sessions = new EnumMap<>(Engine.class);

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
    public Session session() {
        return session(Engine.SQLITE);
    }

    /** The class's session over the bundled dataset on {@code engine}, opened on first use. */
    public synchronized Session session(Engine engine) {
        return sessions.computeIfAbsent(engine, e -> Session.of(e.openBundled()));
    }

    public Database db() {
        return session().database();
    }

    public Database db(Engine engine) {
        return session(engine).database();
    }

    public Repositories repositories() {
        return session().repositories();
    }

    public Repositories repositories(Engine engine) {
        return session(engine).repositories();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        for (Session s : sessions.values()) {
            s.database().close();
        }
        sessions.clear();
    }
}
