package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The forms label every field of every kind from the bundle: in English exactly the field's label, in Urdu its own. */
class FieldLabelsTest {

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
                assertThat(RecordFormDialog.label(k, f)).as(k + "." + f.name()).isEqualTo(f.label());
                I18n.use("ur");
                assertThat(RecordFormDialog.label(k, f))
                        .as(k + "." + f.name())
                        .isNotEqualTo(f.label())
                        .doesNotStartWith("field.")
                        .isNotBlank();
                fields++;
            }
        }
        assertThat(fields).isGreaterThan(100);
    }
}
