package org.allianceexplorer.testing;

import java.nio.file.Path;
import org.allianceexplorer.data.Database;

/**
 * The engines the repository tests run on (ADR 0018): {@code @ParameterizedClass @EnumSource(Engine.class)} runs
 * a class once on each, every test against the same records.
 */
public enum Engine {
    SQLITE,
    POSTGRESQL;

    /** The records of an SQLite file, read-only on this engine (on PostgreSQL: a fresh copy on the test server). */
    public Database open(Path sqliteFile) {
        return this == SQLITE ? Database.openReadOnly(sqliteFile) : TestServer.copyOf(sqliteFile);
    }

    /** The bundled dataset, read-only on this engine. */
    public Database openBundled() {
        return this == SQLITE ? BundledDb.open() : TestServer.copyOf(BundledDb.file());
    }
}
