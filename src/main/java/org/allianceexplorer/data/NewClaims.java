package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.edit.CandidateSuggestion;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.FieldProblem;
import org.allianceexplorer.domain.edit.NewClaim;
import org.allianceexplorer.domain.edit.RowChange;

/**
 * "New claim": the deal of (election, seat, giver, receiver) is found or created, the claim added to it, the
 * source found by URL or created; all in the edit's one transaction.
 */
final class NewClaims {

    private NewClaims() {}

    /** Makes the claim in {@code tx}; returns the edit's name. */
    static String add(EditTransaction tx, NewClaim n, Clock clock) throws SQLException {
        List<FieldProblem> problems = new ArrayList<>();
        if (n.status() == null) {
            problems.add(new FieldProblem("status", "Status is required"));
        }
        if (EditSupport.blank(n.sourceUrl()) && EditSupport.blank(n.outlet())) {
            problems.add(new FieldProblem("source", "a claim cites its source: give its URL or outlet"));
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
        long sourceId =
                EditSupport.source(tx, new Cite.NewSource(n.outlet(), null, n.sourceUrl(), null, n.quotation()));
        PartialDate date = n.date() != null ? n.date() : PartialDate.of(LocalDate.now(clock));
        Long dealId = existingDeal(tx.connection(), n);
        String seat = key(tx, "constituency", n.seatId(), "code", "seatId");
        String giver = key(tx, "party", n.giverId(), "abbreviation", "giverId");
        String receiver = key(tx, "party", n.receiverId(), "abbreviation", "receiverId");
        key(tx, "election", n.electionId(), "code", "electionId");
        boolean created = dealId == null;
        if (created) {
            Map<String, String> deal = new LinkedHashMap<>();
            deal.put("election_id", Long.toString(n.electionId()));
            deal.put("constituency_id", Long.toString(n.seatId()));
            deal.put("giver_id", Long.toString(n.giverId()));
            deal.put("receiver_id", Long.toString(n.receiverId()));
            String candidate =
                    EditSupport.blank(n.candidate()) ? null : n.candidate().strip();
            deal.put("candidate_name", candidate);
            Optional<CandidateSuggestion> s = suggest(tx.connection(), n.electionId(), n.seatId(), n.receiverId());
            if (candidate != null && s.isPresent() && s.get().name().equalsIgnoreCase(candidate)) {
                deal.put("candidacy_id", Long.toString(s.get().resultId()));
            }
            Map<String, String> values =
                    EditSupport.keyed(tx, "seat_deal", EditSupport.checked(EditKind.DEAL, deal, "deal "));
            RowChange made = tx.apply(EditSupport.insert("seat_deal", null, values));
            dealId = made.id();
            EditSupport.cite(tx, "seat_deal", dealId, sourceId);
        }
        Map<String, String> claim = new LinkedHashMap<>();
        claim.put("deal_id", Long.toString(dealId));
        claim.put("date", date.iso());
        claim.put("status", n.status().code());
        claim.put("source_id", Long.toString(sourceId));
        tx.apply(EditSupport.insert(
                "deal_claim",
                null,
                EditSupport.keyed(tx, "deal_claim", EditSupport.checked(EditKind.CLAIM, claim, "claim "))));
        return (created ? "New deal and claim: " : "New claim: ") + giver + " for " + receiver + " at " + seat + " ("
                + n.status().label() + ", " + date.iso() + ")";
    }

    private static Long existingDeal(Connection c, NewClaim n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM seat_deal WHERE election_id = ? AND"
                + " constituency_id = ? AND giver_id = ? AND receiver_id = ? ORDER BY id LIMIT 1")) {
            ps.setLong(1, n.electionId());
            ps.setLong(2, n.seatId());
            ps.setLong(3, n.giverId());
            ps.setLong(4, n.receiverId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static String key(EditTransaction tx, String table, long id, String column, String field)
            throws SQLException {
        return tx.tables()
                .read(table, id)
                .map(v -> v.get(column))
                .orElseThrow(() -> new EditRejected(List.of(new FieldProblem(
                        field,
                        "there is no "
                                + EditKind.ofTable(table).map(EditKind::label).orElse(table) + " #" + id))));
    }

    /** The receiver's best-placed candidate in that seat at that election. */
    static Optional<CandidateSuggestion> suggest(Connection c, long electionId, long seatId, long receiverId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, candidate_name FROM candidacy WHERE election_id = ?"
                + " AND constituency_id = ? AND party_id = ? ORDER BY rank, id LIMIT 1")) {
            ps.setLong(1, electionId);
            ps.setLong(2, seatId);
            ps.setLong(3, receiverId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new CandidateSuggestion(rs.getLong(1), rs.getString(2)))
                        : Optional.empty();
            }
        }
    }
}
