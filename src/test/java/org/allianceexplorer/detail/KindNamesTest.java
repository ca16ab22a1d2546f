package org.allianceexplorer.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.edit.EditKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The detail pane names each kind of record and claim status from the bundle: in English exactly their labels. */
class KindNamesTest {

    @AfterEach
    void english() {
        I18n.use("en");
    }

    @Test
    void everyKindHasItsNameInBothLanguages() {
        I18n.use("en");
        for (EditKind k : EditKind.values()) {
            assertThat(DetailView.kindName(k)).as(k.name()).isEqualTo(k.label());
        }
        I18n.use("ur");
        for (EditKind k : EditKind.values()) {
            assertThat(DetailView.kindName(k))
                    .as(k.name())
                    .isNotEqualTo(k.label())
                    .isNotBlank();
        }
    }

    @Test
    void everyClaimStatusHasItsNameInBothLanguages() {
        I18n.use("en");
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(DetailLines.statusName(s)).as(s.name()).isEqualTo(s.label());
        }
        I18n.use("ur");
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(DetailLines.statusName(s))
                    .as(s.name())
                    .isNotEqualTo(s.label())
                    .isNotBlank();
        }
    }
}
