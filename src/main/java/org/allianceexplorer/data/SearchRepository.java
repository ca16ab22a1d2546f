package org.allianceexplorer.data;

import java.util.List;
import org.allianceexplorer.domain.SearchHit;

/**
 * Finds records by name across kinds: parties, people, candidates in the results, seats, alliances, deals
 * (by candidate or seat), events, sources. Matching ignores case, accents, Arabic-script vowel marks and
 * the letter forms Urdu and Arabic write differently (ی/ي, ک/ك, ہ/ه); letters and digits are matched
 * apart ("na242" is "NA-242"); every word of the query must occur.
 */
public interface SearchRepository {

    /**
     * Builds what searching needs (an in-memory index of names, once per database). Optional: the first
     * {@link #search} does it otherwise. Call it off the FX thread, right after opening a database.
     */
    void prepare();

    /** Up to {@code perKind} hits of each kind, grouped by kind in {@code RecordKind} order, best first. */
    List<SearchHit> search(String query, int perKind);
}
