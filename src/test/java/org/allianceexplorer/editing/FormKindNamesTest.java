package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.edit.EditKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The forms name each kind of record from the bundle: in English exactly the kind's own label. */
class FormKindNamesTest {

    @AfterEach
    void english() {
        I18n.use("en");
    }

    @Test
    void everyKindHasItsNameInBothLanguages() {
        I18n.use("en");
        for (EditKind k : EditKind.values()) {
            assertThat(RecordFormViewModel.kindName(k)).as(k.name()).isEqualTo(k.label());
        }
        I18n.use("ur");
        for (EditKind k : EditKind.values()) {
            assertThat(RecordFormViewModel.kindName(k))
                    .as(k.name())
                    .isNotEqualTo(k.label())
                    .isNotBlank();
        }
    }
}
