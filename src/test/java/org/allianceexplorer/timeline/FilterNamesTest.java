package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Show filters name alliance kinds and levels from the bundle: in English exactly the data's words. */
class FilterNamesTest {

    @AfterEach
    void english() {
        I18n.use("en");
    }

    @Test
    void everyKindAndLevelHasItsNameInBothLanguages() {
        I18n.use("en");
        for (AllianceKind k : AllianceKind.values()) {
            assertThat(TimelineView.kindName(k)).as(k.name()).isEqualTo(k.label());
        }
        for (Level l : Level.values()) {
            assertThat(TimelineView.levelName(l)).as(l.name()).isEqualTo(l.label());
        }
        I18n.use("ur");
        for (AllianceKind k : AllianceKind.values()) {
            assertThat(TimelineView.kindName(k)).as(k.name()).isNotEqualTo(k.label());
        }
        for (Level l : Level.values()) {
            assertThat(TimelineView.levelName(l)).as(l.name()).isNotEqualTo(l.label());
        }
    }
}
