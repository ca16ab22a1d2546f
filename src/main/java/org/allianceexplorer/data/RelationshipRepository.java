package org.allianceexplorer.data;

import java.util.List;
import java.util.Map;

/**
 * What the relationship graph needs beyond {@link Repositories}: seats won per party at an election
 * (aggregated in SQL, so a database with millions of results stays quick) and the outlets that back each
 * membership, relation and deal (for the figure's credits).
 */
public interface RelationshipRepository {

    /** Seats won (candidacies elected) per party abbreviation at the election with this key or name. */
    Map<String, Integer> seatsWon(String election);

    /**
     * The outlets cited by each record of a kind, by record id: {@code membership}, {@code party_relation},
     * {@code alliance} or {@code seat_deal} (the citation table's record kinds).
     */
    Map<Long, List<String>> outlets(String recordKind);

    /**
     * The election each alliance's seat deals are of, by alliance id, for the alliances whose deals are all of one
     * election (a pact made for that election).
     */
    Map<Long, String> allianceElections();
}
