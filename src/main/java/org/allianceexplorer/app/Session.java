package org.allianceexplorer.app;

import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.RecordKind;

/** An open database with its repositories and record counts. */
public record Session(Database database, Repositories repositories, Map<RecordKind, Long> counts) {

    public Session {
        counts = Map.copyOf(counts);
    }

    /** Opens the repositories of a database and counts its records (call off the FX thread). */
    public static Session of(Database db) {
        Repositories r = Repositories.sqlite(db);
        return new Session(db, r, r.statistics().counts());
    }

    public String name() {
        return database.displayName();
    }
}
