package org.allianceexplorer.data.edit;

import static org.allianceexplorer.data.edit.EditFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The forms' pickers: every kind with records of its own is found by its key, its name or the names of what it
 * links to; an exact key comes first; a link is narrowed by the form's other links; hostile text is only text.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class EditLookupTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Editing editing;
    private EditRepository edits;

    @BeforeEach
    void open() throws Exception {
        editing = EditFixture.open(engine, dir);
        edits = editing.edits();
    }

    @AfterEach
    void close() {
        if (editing == null) {
            return; // the engine's setup was skipped (no PostgreSQL server for the tests)
        }
        editing.close();
    }

    private List<Choice> find(EditKind kind, String text) {
        return edits.lookup(kind, text, Map.of(), 40);
    }

    @Test
    void aPartyIsFoundByAbbreviationOrNameAndTheExactKeyComesFirst() {
        List<Choice> mqm = find(EditKind.PARTY, "mqm");
        assertThat(mqm).extracting(Choice::key).contains("MQM-P");
        assertThat(find(EditKind.PARTY, "MQM-P").get(0).key()).isEqualTo("MQM-P");
        assertThat(find(EditKind.PARTY, "Awami National").get(0).key()).isEqualTo("ANP");
        assertThat(find(EditKind.PARTY, "ANP").get(0).text()).startsWith("ANP  \u2014  Awami National Party");
    }

    @Test
    void aDealIsFoundByItsPartiesAndSeat() throws Exception {
        List<Choice> deals = find(EditKind.DEAL, "ANP MQM-P NA-242");
        assertThat(deals).isNotEmpty();
        assertThat(deals.get(0).text()).startsWith("ANP \u2192 MQM-P \u00b7 NA-242 \u00b7 ");
        long id = id(
                editing.database(),
                "SELECT d.id FROM seat_deal d JOIN party g ON g.id = d.giver_id JOIN constituency c"
                        + " ON c.id = d.constituency_id WHERE g.abbreviation = 'ANP' AND c.code = 'NA-242'");
        assertThat(edits.choice(EditKind.DEAL, id)).get().isEqualTo(deals.get(0));
    }

    @Test
    void everyKindWithRecordsOfItsOwnCanBePicked() throws Exception {
        for (EditKind k : EditKind.values()) {
            if (k == EditKind.CITATION) {
                assertThatThrownBy(() -> find(k, "")).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            List<Choice> all = find(k, "");
            if (id(editing.database(), "SELECT count(*) FROM " + k.table()) == 0) {
                assertThat(all).as(k.label()).isEmpty(); // the bundled dataset has no national results
                continue;
            }
            assertThat(all)
                    .as(k.label())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.text()).isNotBlank());
            Choice first = all.get(0);
            assertThat(edits.choice(k, first.id())).as(k.label()).contains(first);
        }
    }

    @Test
    void aResultIsNarrowedToTheFormsElectionAndSeat() throws Exception {
        long seat = id(editing.database(), "SELECT id FROM constituency WHERE code = 'NA-242'");
        long election = id(editing.database(), "SELECT election_id FROM candidacy WHERE constituency_id = ?", seat);
        List<Choice> results = edits.lookup(
                EditKind.RESULT, "", Map.of("constituency_id", seat, "election_id", election, "giver_id", 1L), 40);
        long inSeat = id(editing.database(), "SELECT count(*) FROM candidacy WHERE constituency_id = ?", seat);
        assertThat(results)
                .hasSize((int) Math.min(40, inSeat))
                .allSatisfy(c -> assertThat(c.text()).contains("NA-242"));
        // a column the kind does not have is no filter, and no way into the SQL
        assertThat(edits.lookup(EditKind.PARTY, "", Map.of("x = 1 OR 1", 1L), 40))
                .hasSameSizeAs(find(EditKind.PARTY, ""));
    }

    @Test
    void hostileTextIsOnlyText() throws Exception {
        long parties = id(editing.database(), "SELECT count(*) FROM party");
        assertThat(find(EditKind.PARTY, "'; DROP TABLE party; --")).isEmpty();
        assertThat(find(EditKind.PARTY, "%")).isEmpty(); // a percent sign is looked for, not a wildcard
        assertThat(find(EditKind.PARTY, "_")).isEmpty();
        assertThat(id(editing.database(), "SELECT count(*) FROM party")).isEqualTo(parties);
    }

    @Test
    void theLimitIsKept() {
        assertThat(edits.lookup(EditKind.RESULT, "", Map.of(), 5)).hasSize(5);
        assertThat(edits.choice(EditKind.PARTY, 987_654_321L)).isEmpty();
    }
}
