package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.LegendEntry;
import org.allianceexplorer.timeline.model.Lane;
import org.junit.jupiter.api.Test;

/** What each kind of hit selects and says, and the legend's keys resolved in the style they are drawn in. */
class TimelineHitTest {

    private static final Rectangle2D BOX = new Rectangle2D.Double(0, 0, 10, 10);

    private static Lane lane(boolean collapsible, boolean collapsed) {
        return new Lane(
                Lane.Kind.ALLIANCE,
                "alliance:3",
                "GDA",
                null,
                List.of(),
                new RecordRef(RecordKind.ALLIANCES, 3, "GDA"),
                0,
                1,
                collapsible,
                collapsed,
                null,
                0,
                24);
    }

    @Test
    void eachHitSaysWhatAClickSelectsAndWhatHoveringShows() {
        Election polls = new Election(
                7, "pk-2024", "Pakistan general election 2024", PartialDate.of(LocalDate.of(2024, 2, 8)), "PK");
        Hit day = new Hit.PollingDay(BOX, polls);
        assertThat(day.record()).isEqualTo(new RecordRef(RecordKind.ELECTIONS, 7, "Pakistan general election 2024"));
        assertThat(day.tooltip()).isEqualTo("Pakistan general election 2024\nPolling day 8 Feb 2024");

        assertThat(new Hit.LaneName(BOX, lane(true, false)).tooltip()).isEqualTo("GDA\nClick to fold");
        assertThat(new Hit.LaneName(BOX, lane(true, true)).tooltip()).isEqualTo("GDA\nClick to unfold");
        assertThat(new Hit.LaneName(BOX, lane(false, false)).tooltip()).isNull();
        assertThat(new Hit.LaneName(BOX, lane(false, false)).record().kind()).isEqualTo(RecordKind.ALLIANCES);

        Hit cursor = new Hit.AsOf(BOX);
        assertThat(cursor.record()).isNull();
        assertThat(cursor.tooltip()).isEqualTo("As-of date: drag to move it");
    }

    @Test
    void theLegendIsOneListOfKeysWhoseColoursFollowTheStyle() {
        List<LegendEntry> light = TimelineFigure.legend(FigureStyle.LIGHT);
        List<LegendEntry> dark = TimelineFigure.legend(FigureStyle.DARK);
        assertThat(light)
                .extracting(LegendEntry::label)
                .containsExactlyElementsOf(
                        TimelineKey.ALL.stream().map(TimelineKey::label).toList());
        assertThat(dark)
                .extracting(LegendEntry::swatch)
                .containsExactlyElementsOf(
                        light.stream().map(LegendEntry::swatch).toList());
        for (int i = 0; i < TimelineKey.ALL.size(); i++) {
            TimelineKey k = TimelineKey.ALL.get(i);
            // the screen's wording: the file's, or shorter (the tooltip gives the file's)
            assertThat(k.screenLabel())
                    .isNotBlank()
                    .hasSizeLessThanOrEqualTo(k.label().length());
            Object expectedDark = switch (k.role()) {
                case SPAN -> TimelinePalette.of(FigureStyle.DARK).span;
                case MUTED -> FigureStyle.DARK.muted();
                case FOREGROUND -> FigureStyle.DARK.foreground();
                case ACCENT -> FigureStyle.DARK.accent();
                case CLAIM -> TimelinePalette.status(k.status(), true);
            };
            assertThat(dark.get(i).colour()).as(k.label()).isEqualTo(expectedDark);
            assertThat(light.get(i).colour()).as(k.label()).isNotEqualTo(expectedDark);
        }
    }
}
