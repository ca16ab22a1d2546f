package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The interface names every kind of record and every field of it in both languages (in English a field by its own
 * label), and the History names the tables and columns its rows record by those words.
 */
class KindNamesTest {

    @AfterEach
    void english() {
        I18n.use("en");
    }

    @Test
    void everyFieldOfEveryKindHasItsLabelInBothLanguages() {
        int fields = 0;
        for (EditKind k : EditKind.values()) {
            for (Field f : k.fields()) {
                I18n.use("en");
                assertThat(KindNames.field(k, f)).as(k + "." + f.name()).isEqualTo(f.label());
                I18n.use("ur");
                assertThat(KindNames.field(k, f))
                        .as(k + "." + f.name())
                        .isNotEqualTo(f.label())
                        .doesNotStartWith("field.")
                        .isNotBlank();
                fields++;
            }
        }
        assertThat(fields).isGreaterThan(100);
    }

    @Test
    void everyKindHasItsNameInBothLanguages() {
        for (EditKind k : EditKind.values()) {
            I18n.use("en");
            String english = KindNames.kind(k);
            assertThat(english).as(k.name()).isEqualTo(k.label());
            I18n.use("ur");
            assertThat(KindNames.kind(k)).as(k.name()).isNotEqualTo(english).doesNotStartWith("kind.");
        }
    }

    @Test
    void theHistoryNamesTablesAndColumnsByTheirKindsAndFields() {
        assertThat(KindNames.table("seat_deal")).isEqualTo("deal");
        assertThat(KindNames.table("deal_claim")).isEqualTo("claim");
        assertThat(KindNames.table("candidacy")).isEqualTo("result");
        assertThat(KindNames.table("event_party")).isEqualTo("event's party");
        assertThat(KindNames.table("event_person")).isEqualTo("event's person");
        assertThat(KindNames.column("seat_deal", "candidate_name")).isEqualTo("Candidate");
        assertThat(KindNames.column("citation", "source_id")).isEqualTo("Source");
        assertThat(KindNames.column("event_party", "party_id")).isEqualTo("Party");
        assertThat(KindNames.column("event_person", "event_id")).isEqualTo("Event");
        // what has no word of its own stays as the database names it
        assertThat(KindNames.table("schema_version")).isEqualTo("schema_version");
        assertThat(KindNames.column("seat_deal", "no_such_column")).isEqualTo("no_such_column");

        I18n.use("ur");
        assertThat(KindNames.table("seat_deal")).isEqualTo("ایڈجسٹمنٹ");
        assertThat(KindNames.table("event_party")).isEqualTo("واقعے کی جماعت");
        assertThat(KindNames.column("event_party", "party_id")).isEqualTo("جماعت");
        assertThat(KindNames.column("party", "abbreviation"))
                .doesNotContain("abbreviation")
                .isNotBlank();
    }
}
