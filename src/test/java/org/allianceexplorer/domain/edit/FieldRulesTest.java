package org.allianceexplorer.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field rules a form checks as the analyst types, and the edit service before it writes. */
class FieldRulesTest {

    @Test
    void valuesAreNormalisedToWhatIsStored() {
        FieldRules.Checked c = FieldRules.check(
                EditKind.PARTY,
                Map.of(
                        "abbreviation",
                        "  MQM-P ",
                        "name",
                        "Muttahida",
                        "colour",
                        "#1f77b4",
                        "founded",
                        "2016-08",
                        "partyfacts_id",
                        "1,234"));
        assertThat(c.ok()).isTrue();
        assertThat(c.values())
                .containsEntry("abbreviation", "MQM-P")
                .containsEntry("colour", "#1F77B4")
                .containsEntry("founded", "2016-08")
                .containsEntry("partyfacts_id", "1234")
                .containsEntry("dissolved", null);
        assertThat(FieldRules.check(
                                EditKind.RESULT,
                                Map.of(
                                        "election_id",
                                        "1",
                                        "constituency_id",
                                        "2",
                                        "candidate_name",
                                        "A",
                                        "votes",
                                        "0",
                                        "rank",
                                        "1",
                                        "elected",
                                        "Yes"))
                        .values())
                .containsEntry("elected", "1");
        assertThat(FieldRules.check(
                                EditKind.ALLIANCE,
                                Map.of("code", "x", "name", "X", "kind", "Seat adjustment pact", "level", "city"))
                        .values())
                .containsEntry("kind", "seat_adjustment_pact");
        assertThat(FieldRules.check(
                                EditKind.EVENT, Map.of("code", "e", "date", "2024", "title", "t", "parties", "3; 1,3"))
                        .values())
                .containsEntry("parties", "1;3");
    }

    @Test
    void aNulCharacterIsNotTextOnEitherEngine() {
        FieldRules.Checked c = FieldRules.check(
                EditKind.PARTY, Map.of("abbreviation", "NUL", "name", "Before\0After", "native_name", "\u202Efine"));
        assertThat(c.problems())
                .extracting(FieldProblem::toString)
                .containsExactly("name: Name: contains a NUL character (U+0000), which is not text; remove it");
        assertThat(c.values()).containsEntry("native_name", "\u202Efine").containsEntry("name", null);
    }

    @Test
    void eachProblemNamesItsField() {
        FieldRules.Checked c = FieldRules.check(
                EditKind.PARTY,
                Map.of(
                        "name",
                        "X",
                        "colour",
                        "blue",
                        "founded",
                        "2024-13",
                        "dissolved",
                        "2020",
                        "partyfacts_id",
                        "0",
                        "nonsense",
                        "1"));
        assertThat(c.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("nonsense", "abbreviation", "colour", "founded", "partyfacts_id");
        assertThat(c.problems())
                .extracting(FieldProblem::toString)
                .contains(
                        "abbreviation: Abbreviation is required",
                        "colour: Colour: 'blue' is not a colour (expected #RRGGBB, e.g. #1F77B4)",
                        "partyfacts_id: Party Facts id: must be 1 or more");
    }

    @Test
    void theRulesBetweenFieldsAreTheSchemasChecks() {
        assertThat(FieldRules.check(
                                EditKind.MEMBERSHIP,
                                Map.of(
                                        "alliance_id",
                                        "1",
                                        "party_id",
                                        "2",
                                        "from_date",
                                        "2024-02-14",
                                        "to_date",
                                        "2023"))
                        .problems())
                .containsExactly(new FieldProblem("to_date", "To (2023) is before From (2024-02-14)"));
        assertThat(FieldRules.check(
                                EditKind.MEMBERSHIP,
                                Map.of(
                                        "alliance_id",
                                        "1",
                                        "party_id",
                                        "2",
                                        "from_date",
                                        "2024-02-14",
                                        "to_date",
                                        "2024"))
                        .problems())
                .as("a year ends at its last day")
                .isEmpty();
        assertThat(FieldRules.check(
                                EditKind.DEAL,
                                Map.of("election_id", "1", "constituency_id", "2", "giver_id", "3", "receiver_id", "3"))
                        .problems())
                .extracting(FieldProblem::field)
                .containsExactly("receiver_id");
        assertThat(FieldRules.check(
                                EditKind.ASSEMBLY,
                                Map.of("code", "NA", "name", "N", "total_seats", "10", "majority", "11"))
                        .problems())
                .extracting(FieldProblem::field)
                .containsExactly("majority");
        assertThat(FieldRules.check(
                                EditKind.PARTY_RESULT,
                                Map.of(
                                        "code",
                                        "r",
                                        "election_id",
                                        "1",
                                        "assembly_id",
                                        "1",
                                        "party_id",
                                        "1",
                                        "vote_share",
                                        "100.5"))
                        .problems())
                .extracting(FieldProblem::field)
                .containsExactly("vote_share");
    }

    @Test
    void everyKindNamesItsFieldsAndOnlyLinksToKindsAboveIt() {
        for (EditKind k : EditKind.values()) {
            assertThat(k.fields()).as(k.name()).isNotEmpty();
            for (Field f : k.fields()) {
                if (f.ref() != null) {
                    assertThat(f.ref().ordinal()).as(k + "." + f.name()).isLessThan(k.ordinal());
                }
            }
        }
        assertThat(EditKind.parse("deal")).isEqualTo(EditKind.DEAL);
        assertThat(EditKind.parse("seat_deal")).isEqualTo(EditKind.DEAL);
        assertThat(EditKind.MEMBERSHIP.plural(12)).isEqualTo("12 memberships");
        assertThat(EditKind.PARTY.plural(2)).isEqualTo("2 parties");
        assertThat(EditKind.PARTY_ALIAS.plural(2)).isEqualTo("2 aliases");
        assertThat(List.of(EditKind.values()))
                .filteredOn(EditKind::cites)
                .doesNotContain(EditKind.SOURCE, EditKind.CLAIM, EditKind.CITATION);
    }
}
