package org.allianceexplorer.data.edit;

import static org.allianceexplorer.data.edit.EditFixture.id;
import static org.allianceexplorer.data.edit.EditFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.edit.CandidateSuggestion;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.FieldProblem;
import org.allianceexplorer.domain.edit.NewClaim;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** "New claim" in one call: a new deal or a claim on an existing one, the source found by URL or created. */
@ParameterizedClass
@EnumSource(Engine.class)
class NewClaimTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Editing editing;
    private EditRepository edits;
    private Database db;
    /** A seat with results: election, seat, the winner's party (receiver), and another party (giver). */
    private long election;

    private long seat;
    private long receiver;
    private long giver;

    @BeforeEach
    void open() throws Exception {
        editing = EditFixture.open(engine, dir);
        edits = editing.edits();
        db = editing.database();
        // a seat where no deal is recorded yet between its winner's party and another
        election = id(
                db,
                "SELECT x.election_id FROM candidacy x WHERE x.party_id IS NOT NULL AND x.rank = 1"
                        + " AND NOT EXISTS (SELECT 1 FROM seat_deal d WHERE d.election_id = x.election_id"
                        + " AND d.constituency_id = x.constituency_id) ORDER BY x.id LIMIT 1");
        seat = id(
                db,
                "SELECT x.constituency_id FROM candidacy x WHERE x.party_id IS NOT NULL AND x.rank = 1"
                        + " AND x.election_id = ? AND NOT EXISTS (SELECT 1 FROM seat_deal d WHERE d.election_id = x.election_id"
                        + " AND d.constituency_id = x.constituency_id) ORDER BY x.id LIMIT 1",
                election);
        receiver = id(
                db,
                "SELECT party_id FROM candidacy WHERE election_id = ? AND constituency_id = ? AND rank = 1",
                election,
                seat);
        giver = id(db, "SELECT min(id) FROM party WHERE id <> ?", receiver);
    }

    @AfterEach
    void close() throws Exception {
        if (editing == null) {
            return; // the engine's setup was skipped (no PostgreSQL server for the tests)
        }
        assertThat(EditFixture.danglingForeignKeys(db)).isEmpty();
        editing.close();
    }

    private NewClaim claim(String candidate, ClaimStatus status, String url) {
        return new NewClaim(
                election,
                seat,
                giver,
                receiver,
                candidate,
                status,
                PartialDate.parse("2024-01-20"),
                url,
                "Dawn",
                "X withdrew in favour of Y");
    }

    @Test
    void theCandidateIsSuggestedFromTheResults() throws Exception {
        String winner = text(
                db,
                "SELECT candidate_name FROM candidacy WHERE election_id = ? AND constituency_id = ?" + " AND rank = 1",
                election,
                seat);
        CandidateSuggestion s = edits.suggestCandidate(election, seat, receiver).orElseThrow();
        assertThat(s.name()).isEqualTo(winner);
        assertThat(edits.suggestCandidate(election, seat, giver).map(CandidateSuggestion::name))
                .as("the giver did not stand here or came lower")
                .isNotEqualTo(java.util.Optional.of(winner));
    }

    @Test
    void aNewClaimCreatesTheDealThenAddsToIt() throws Exception {
        long deals = id(db, "SELECT count(*) FROM seat_deal");
        long sources = id(db, "SELECT count(*) FROM source");
        String candidate =
                edits.suggestCandidate(election, seat, receiver).orElseThrow().name();
        Edit first =
                edits.newClaim(claim(candidate, ClaimStatus.REPORTED, "https://dawn.example/2024/01/20/x"), "sara");
        assertThat(first.label()).startsWith("New deal and claim: ").contains("(reported, 2024-01-20)");
        assertThat(id(db, "SELECT count(*) FROM seat_deal")).isEqualTo(deals + 1);
        assertThat(id(db, "SELECT count(*) FROM source")).isEqualTo(sources + 1);
        long deal = first.insertedId("seat_deal");
        assertThat(id(db, "SELECT candidacy_id FROM seat_deal WHERE id = ?", deal))
                .as("the deal links the result it names")
                .isEqualTo(edits.suggestCandidate(election, seat, receiver)
                        .orElseThrow()
                        .resultId());
        assertThat(text(db, "SELECT snippet FROM source WHERE url = ?", "https://dawn.example/2024/01/20/x"))
                .isEqualTo("X withdrew in favour of Y");

        Edit second = edits.newClaim(
                new NewClaim(
                        election,
                        seat,
                        giver,
                        receiver,
                        null,
                        ClaimStatus.CONFIRMED,
                        PartialDate.parse("2024-01-25"),
                        "https://dawn.example/2024/01/20/x",
                        "Dawn",
                        null),
                "sara");
        assertThat(second.label()).startsWith("New claim: ");
        assertThat(id(db, "SELECT count(*) FROM seat_deal")).as("the same deal").isEqualTo(deals + 1);
        assertThat(id(db, "SELECT count(*) FROM source"))
                .as("the source found by its URL")
                .isEqualTo(sources + 1);
        assertThat(id(db, "SELECT count(*) FROM deal_claim WHERE deal_id = ?", deal))
                .isEqualTo(2);
        List<String> problems =
                new Validator(db, 50).problems().stream().map(Object::toString).toList();
        assertThat(problems).noneMatch(p -> p.contains("deal #" + deal) || p.contains("deal " + deal + ":"));

        // undo the first: the deal, its citation, its claim and the new source go; the second claim was on it, so
        // the first cannot be undone before the second
        EditRejected r = catchThrowableOfType(() -> edits.undo(first.id(), "sara"), EditRejected.class);
        assertThat(r.getMessage()).isNotBlank();
        edits.undo(second.id(), "sara");
        edits.undo(first.id(), "sara");
        assertThat(id(db, "SELECT count(*) FROM seat_deal")).isEqualTo(deals);
        assertThat(id(db, "SELECT count(*) FROM source")).isEqualTo(sources);
    }

    @Test
    void aNewDealAndClaimAreKnownByTheKeysAnImportWouldGiveThem() throws Exception {
        Edit e = edits.newClaim(claim(null, ClaimStatus.REPORTED, "https://dawn.example/2024/01/20/keys"), "sara");
        long deal = e.insertedId("seat_deal");
        // election / seat / giver / receiver, as an import derives a deal's key (docs/data-format.md)
        String dealKey = text(
                db,
                "SELECT e.code || '/' || c.code || '/' || g.abbreviation || '/' || r.abbreviation FROM seat_deal d"
                        + " JOIN election e ON e.id = d.election_id JOIN constituency c ON c.id = d.constituency_id"
                        + " JOIN party g ON g.id = d.giver_id JOIN party r ON r.id = d.receiver_id WHERE d.id = ?",
                deal);
        assertThat(text(db, "SELECT code FROM seat_deal WHERE id = ?", deal)).isEqualTo(dealKey);
        assertThat(text(db, "SELECT code FROM deal_claim WHERE deal_id = ?", deal))
                .isEqualTo(dealKey + "/2024-01-20/reported");

        // the history names the deal, its claim and its citation by their keys, not by ids
        String source = text(db, "SELECT code FROM source WHERE url = ?", "https://dawn.example/2024/01/20/keys");
        List<String> named = new ArrayList<>();
        Repositories.of(db).history().forEachHistory(r -> {
            if (r.editId() == e.id()) {
                named.add(r.kind() + ": " + r.record());
            }
        });
        assertThat(named)
                .contains(
                        "seat_deal: " + dealKey,
                        "deal_claim: " + dealKey + "/2024-01-20/reported",
                        "citation: deal " + dealKey + " cites source " + source)
                .noneMatch(n -> n.contains("#"));
    }

    @Test
    void aCandidateWhoDidNotStandIsRefusedByCheckRule() throws Exception {
        long deals = id(db, "SELECT count(*) FROM seat_deal");
        EditRejected r = catchThrowableOfType(
                () -> edits.newClaim(claim("Nobody Atall", ClaimStatus.REPORTED, null), "sara"), EditRejected.class);
        assertThat(r.getMessage()).contains("did not stand in");
        assertThat(id(db, "SELECT count(*) FROM seat_deal")).isEqualTo(deals);
    }

    @Test
    void aClaimNeedsAStatusAndASource() {
        EditRejected r = catchThrowableOfType(
                () -> edits.newClaim(
                        new NewClaim(election, seat, giver, receiver, null, null, null, " ", null, null), "s"),
                EditRejected.class);
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("status", "source");
    }
}
