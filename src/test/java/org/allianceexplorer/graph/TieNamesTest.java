package org.allianceexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.I18n;
import org.allianceexplorer.graph.model.EdgeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Ties menu names each kind of tie from the bundle: in English exactly the legend's words, in Urdu its own. */
class TieNamesTest {

    @AfterEach
    void english() {
        I18n.use("en");
    }

    @Test
    void everyTieHasItsNameInBothLanguages() {
        I18n.use("en");
        for (EdgeType t : EdgeType.values()) {
            assertThat(GraphView.edgeName(t)).as(t.name()).isEqualTo(t.label());
        }
        I18n.use("ur");
        for (EdgeType t : EdgeType.values()) {
            assertThat(GraphView.edgeName(t))
                    .as(t.name())
                    .isNotEqualTo(t.label())
                    .isNotBlank();
        }
    }
}
