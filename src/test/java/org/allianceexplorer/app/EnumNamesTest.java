package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.graph.model.EdgeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The enum names the interface reads through {@link I18n.Messages#name} (a key made of a prefix and the constant):
 * every constant's key is in the bundle of each package that asks for it, in English and in Urdu, and the key
 * is the prefix and the constant in lower camel case. (MessagesTest sees only keys written out whole.)
 */
class EnumNamesTest {

    /** A package's bundle (named by one of its classes), a prefix it names an enum's constants under, the enum. */
    private record Use(String owner, String prefix, Class<? extends Enum<?>> type) {}

    private static final List<Use> USES = List.of(
            new Use("org.allianceexplorer.alliances.AlliancesViewModel", "allianceKind", AllianceKind.class),
            new Use("org.allianceexplorer.alliances.AlliancesViewModel", "level", Level.class),
            new Use("org.allianceexplorer.deals.DealsViewModel", "claimStatus", ClaimStatus.class),
            new Use("org.allianceexplorer.detail.DetailLines", "claimStatus", ClaimStatus.class),
            new Use("org.allianceexplorer.editing.NewClaimDialog", "claimStatus", ClaimStatus.class),
            new Use("org.allianceexplorer.graph.GraphView", "edgeType", EdgeType.class),
            new Use("org.allianceexplorer.graph.GraphViewModel", "scope", Level.class),
            new Use("org.allianceexplorer.timeline.TimelineView", "allianceKind", AllianceKind.class),
            new Use("org.allianceexplorer.timeline.TimelineView", "level", Level.class));

    @AfterEach
    void english() {
        I18n.use("en");
    }

    @Test
    void everyConstantHasItsNameInBothLanguages() throws ClassNotFoundException {
        for (String language : List.of("en", "ur")) {
            I18n.use(language);
            for (Use u : USES) {
                I18n.Messages t = I18n.of(Class.forName(u.owner()));
                for (Enum<?> c : u.type().getEnumConstants()) {
                    assertThat(t.name(u.prefix(), c))
                            .as(language + " " + u.owner() + ": " + u.prefix() + " " + c.name())
                            .isNotBlank()
                            .doesNotStartWith(u.prefix() + ".");
                }
            }
        }
    }

    @Test
    void inEnglishTheTablesShowTheValuesAsTheyAreStored() throws ClassNotFoundException {
        // the tables' enum columns read the bundle; in English the words are the records' own labels, unchanged
        I18n.use("en");
        I18n.Messages deals = I18n.of(Class.forName("org.allianceexplorer.deals.DealsViewModel"));
        for (ClaimStatus c : ClaimStatus.values()) {
            assertThat(deals.name("claimStatus", c)).isEqualTo(c.label());
        }
        I18n.Messages alliances = I18n.of(Class.forName("org.allianceexplorer.alliances.AlliancesViewModel"));
        for (AllianceKind k : AllianceKind.values()) {
            assertThat(alliances.name("allianceKind", k)).isEqualTo(k.label());
        }
        for (Level l : Level.values()) {
            assertThat(alliances.name("level", l)).isEqualTo(l.label());
        }
    }

    @Test
    void theKeyIsThePrefixAndTheConstantInLowerCamelCase() {
        I18n.Messages t = I18n.of(EnumNamesTest.class);
        assertThat(t.name("allianceKind", AllianceKind.SEAT_ADJUSTMENT_PACT))
                .isEqualTo("allianceKind.seatAdjustmentPact");
        assertThat(t.name("level", Level.NATIONAL)).isEqualTo("level.national");
    }
}
