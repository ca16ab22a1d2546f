package org.allianceexplorer.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.ClaimStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The detail pane names each claim status from the bundle: in English exactly its label (kinds: app.KindNamesTest). */
class StatusNamesTest {

    @AfterEach
    void english() {
        I18n.use("en");
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
