package org.allianceexplorer.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.domain.DealBalance;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SourceList;

/**
 * The detail of one record from SQLite. As of a day, the pane shows what was known by then: deals that had
 * been reported (with their status then), memberships, affiliations and relations that had begun (ended
 * ones stay, with their end), events that had happened, results of elections already held, and the
 * sources published by then. Every look-up goes through an index, so a record of a million-deal
 * database loads at once; lists are capped at {@link #LIMIT}.
 *
 * <p>One class per group of kinds does the work: {@link PartyDetails} (parties, people), {@link DealDetails}
 * (deals, claims, seats, results, elections), {@link AllianceDetails} (alliances, memberships, relations,
 * events) and {@link SourceDetails}; what they share is {@link DetailSupport}.
 */
final class SqlDetailRepository implements DetailRepository {

    private final PartyDetails parties;
    private final DealDetails deals;
    private final AllianceDetails alliances;
    private final SourceDetails sources;

    SqlDetailRepository(Database db) {
        this.parties = new PartyDetails(db);
        this.deals = new DealDetails(db);
        this.alliances = new AllianceDetails(db);
        this.sources = new SourceDetails(db);
    }

    @Override
    public Optional<RecordDetail> detail(RecordRef ref, LocalDate asOf) {
        long id = ref.id();
        return switch (ref.kind()) {
            case PARTIES -> parties.party(id, asOf);
            case PEOPLE -> parties.person(id, asOf);
            case ELECTIONS -> deals.election(id, asOf);
            case CONSTITUENCIES -> deals.seat(id, asOf);
            case RESULTS -> deals.result(id, asOf);
            case DEALS -> deals.deal(id, asOf);
            case CLAIMS -> deals.claim(id, asOf);
            case ALLIANCES -> alliances.alliance(id, asOf);
            case MEMBERSHIPS -> alliances.membership(id, asOf);
            case RELATIONS -> alliances.relation(id, asOf);
            case EVENTS -> alliances.event(id, asOf);
            case SOURCES -> sources.source(id);
        };
    }

    @Override
    public List<DealBalance> balances(long partyId, LocalDate asOf) {
        return parties.balances(partyId, asOf);
    }

    @Override
    public SourceList sources(RecordRef ref, LocalDate asOf) {
        return sources.sources(ref, asOf);
    }
}
