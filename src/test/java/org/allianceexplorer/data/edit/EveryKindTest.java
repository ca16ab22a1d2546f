package org.allianceexplorer.data.edit;

import static org.allianceexplorer.data.edit.EditFixture.content;
import static org.allianceexplorer.data.edit.EditFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind is added, changed (every text field to hostile text, read back to the character) and deleted, each
 * edit undone in reverse order: the data is then exactly what it was, no foreign key dangles at any step, and check
 * finds nothing the edits brought in. On both engines.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class EveryKindTest {

    /** Quotes, SQL, a spreadsheet formula, bidirectional controls and Urdu: text to store as it is (issue 17). */
    static final String HOSTILE =
            "Quote ' \" `; DROP TABLE party; -- =cmd|' /C calc'!A0 \u202Eevil\u202C \u200F\u0645\u0631\u062D\u0628\u0627";

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    @Test
    void everyKindIsAddedChangedDeletedAndAllOfItUndone() throws Exception {
        try (Editing editing = EditFixture.open(engine, dir)) {
            Database db = editing.database();
            EditRepository edits = editing.edits();
            List<String> start = content(db);
            List<String> problems = problems(db);
            long source = id(db, "SELECT min(id) FROM source");
            Cite cite = Cite.source(source);
            long p1 = id(db, "SELECT min(id) FROM party");
            long p2 = id(db, "SELECT max(id) FROM party");
            long person = id(db, "SELECT min(id) FROM person");
            long election = id(db, "SELECT min(id) FROM election");
            long assembly = id(db, "SELECT min(id) FROM assembly");
            long seat = id(db, "SELECT min(id) FROM constituency");
            long alliance = id(db, "SELECT min(id) FROM alliance WHERE from_date IS NULL OR from_date <= '2000'");
            long deal = id(db, "SELECT min(id) FROM seat_deal");

            Map<EditKind, Map<String, String>> samples = new LinkedHashMap<>();
            samples.put(EditKind.SOURCE, Map.of("outlet", "Dawn", "title", "A report", "published", "2024-02"));
            samples.put(EditKind.PARTY, Map.of("abbreviation", "EVK", "name", "Every Kind Party", "founded", "2020"));
            samples.put(EditKind.PARTY_ALIAS, Map.of("label", "EVK-alias", "party_id", "" + p1));
            samples.put(EditKind.PERSON, Map.of("name", "Anwar Example"));
            samples.put(
                    EditKind.AFFILIATION, Map.of("person_id", "" + person, "party_id", "" + p2, "from_date", "2019"));
            samples.put(EditKind.ELECTION, Map.of("name", "By-election", "polling_day", "2025-05-04"));
            samples.put(EditKind.ASSEMBLY, Map.of("name", "Town council", "total_seats", "31", "majority", "16"));
            samples.put(EditKind.CONSTITUENCY, Map.of("code", "EVK-1", "assembly_id", "" + assembly));
            samples.put(
                    EditKind.RESULT,
                    Map.of(
                            "election_id",
                            "" + election,
                            "constituency_id",
                            "" + seat,
                            "candidate_name",
                            "Someone New",
                            "votes",
                            "1234",
                            "rank",
                            "9",
                            "elected",
                            "no"));
            samples.put(
                    EditKind.SEAT_COUNT,
                    Map.of(
                            "election_id",
                            "" + election,
                            "constituency_id",
                            "" + seat,
                            "basis",
                            "Form-47",
                            "winner_name",
                            "Someone Official",
                            "winner_votes",
                            "1240",
                            "turnout",
                            "43.71"));
            samples.put(
                    EditKind.PARTY_RESULT,
                    Map.of(
                            "election_id",
                            "" + election,
                            "assembly_id",
                            "" + assembly,
                            "party_id",
                            "" + p1,
                            "votes",
                            "1000",
                            "vote_share",
                            "12.5"));
            samples.put(
                    EditKind.ALLIANCE,
                    Map.of(
                            "name",
                            "Every Kind Front",
                            "kind",
                            "electoral alliance",
                            "level",
                            "national",
                            "from_date",
                            "2024-01"));
            samples.put(EditKind.MEMBERSHIP, Map.of("alliance_id", "" + alliance, "party_id", "" + p2));
            samples.put(
                    EditKind.DEAL,
                    Map.of(
                            "election_id",
                            "" + election,
                            "constituency_id",
                            "" + seat,
                            "giver_id",
                            "" + p1,
                            "receiver_id",
                            "" + p2,
                            "status",
                            "denied",
                            "date",
                            "2024-01-05"));
            samples.put(
                    EditKind.CLAIM,
                    Map.of(
                            "deal_id",
                            "" + deal,
                            "date",
                            "2024-01-31",
                            "status",
                            "collapsed",
                            "source_id",
                            "" + source));
            samples.put(EditKind.EVENT, Map.of("date", "2024-02-02", "title", "Rally", "parties", p1 + ";" + p2));
            samples.put(EditKind.RELATION, Map.of("party_a", "" + p1, "party_b", "" + p2, "kind", "rivalry"));
            Set<EditKind> covered = EnumSet.noneOf(EditKind.class);
            List<Edit> made = new ArrayList<>();
            long newParty = 0;

            for (Map.Entry<EditKind, Map<String, String>> s : samples.entrySet()) {
                EditKind k = s.getKey();
                Edit add = edits.add(k, s.getValue(), k == EditKind.SOURCE ? null : cite, "tester");
                made.add(add);
                long id = add.insertedId(k.table());
                assertThat(id).as(k.name()).isPositive();
                if (k == EditKind.PARTY) {
                    newParty = id;
                }
                assertThat(edits.values(k, id)).as(k.name()).isPresent();
                String textField = k.fields().stream()
                        .filter(f -> f.type() == org.allianceexplorer.domain.edit.Field.Type.TEXT
                                && !f.name().equals("code")
                                && !f.name().equals("abbreviation")
                                && !f.name().equals("label"))
                        .findFirst()
                        .map(f -> f.name())
                        .orElse(k == EditKind.PARTY_RESULT ? "seats" : "label");
                String value = k == EditKind.PARTY_RESULT ? "7" : "changed " + k.name();
                made.add(edits.change(k, id, Map.of(textField, value), cite, "tester"));
                assertThat(edits.values(k, id).orElseThrow()).as(k.name()).containsEntry(textField, value);
                // hostile text in every text field of the kind is stored and read back as text, to the character
                Map<String, String> hostile = new LinkedHashMap<>();
                for (var f : k.fields()) {
                    if (f.type() == org.allianceexplorer.domain.edit.Field.Type.TEXT) {
                        hostile.put(f.name(), HOSTILE + " " + k.name() + "." + f.name());
                    }
                }
                if (!hostile.isEmpty()) {
                    made.add(edits.change(k, id, hostile, cite, "tester"));
                    Map<String, String> stored = edits.values(k, id).orElseThrow();
                    hostile.forEach(
                            (field, v) -> assertThat(stored).as(k.name()).containsEntry(field, v));
                }
                assertThat(EditFixture.danglingForeignKeys(db)).as(k.name()).isEmpty();
                covered.add(k);
            }
            // citations: cite a second source for the new party, then remove it again
            long party = newParty;
            long other = id(db, "SELECT max(id) FROM source WHERE id <> ?", source);
            made.add(edits.add(
                    EditKind.CITATION,
                    Map.of("record_kind", "party", "record_id", "" + party, "source_id", "" + other),
                    null,
                    "tester"));
            made.add(edits.uncite(EditKind.PARTY, party, other, "tester"));
            covered.add(EditKind.CITATION);
            assertThat(covered).containsExactlyInAnyOrder(EditKind.values());

            // delete each new record again, the last added first (the deal goes with its claim)
            Set<EditKind> deleted = EnumSet.noneOf(EditKind.class);
            for (int i = made.size() - 1; i >= 0; i--) {
                Edit e = made.get(i);
                for (EditKind k : EditKind.values()) {
                    long id = e.insertedId(k.table());
                    if (id > 0
                            && e.label().startsWith("Add " + k.label() + " ")
                            && edits.values(k, id).isPresent()) {
                        made.add(edits.delete(k, id, true, "tester"));
                        deleted.add(k);
                        assertThat(edits.values(k, id))
                                .as("deleted " + k.name())
                                .isEmpty();
                        assertThat(EditFixture.danglingForeignKeys(db))
                                .as(k.name())
                                .isEmpty();
                    }
                }
            }
            assertThat(deleted).containsExactlyInAnyOrderElementsOf(samples.keySet());
            assertThat(problems(db)).isEqualTo(problems);
            for (int i = made.size() - 1; i >= 0; i--) {
                edits.undo(made.get(i).id(), "tester");
            }
            assertThat(content(db)).isEqualTo(start);
            assertThat(id(db, "SELECT count(*) FROM edit WHERE action = 'undo'"))
                    .isEqualTo(made.size());
        }
    }

    private static List<String> problems(Database db) {
        return new Validator(db, 1000).problems().stream().map(Object::toString).toList();
    }
}
