package org.allianceexplorer.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.domain.DealBalance;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SourceList;

/**
 * One record with what it links to and the sources behind it, as of a day ({@code null}: latest), for the
 * detail pane. Lists are capped so that a record of a million-deal database still loads at once.
 */
public interface DetailRepository {

    /** At most this many deals, sources or citing records in one list. */
    int LIMIT = 200;

    /** The detail of {@code ref}; empty when there is no such record. */
    Optional<RecordDetail> detail(RecordRef ref, LocalDate asOf);

    /** The seat-deal balance of a party with each partner, as of the day (deals not yet reported left out). */
    List<DealBalance> balances(long partyId, LocalDate asOf);

    /** The sources cited for one record (for a deal also its claims' sources), as of the day. */
    SourceList sources(RecordRef ref, LocalDate asOf);
}
