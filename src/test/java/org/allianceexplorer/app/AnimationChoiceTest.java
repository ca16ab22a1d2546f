package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.allianceexplorer.figure.TimeStep;
import org.junit.jupiter.api.Test;

/** What the animation dialog reads from its fields, and what it says they make. */
class AnimationChoiceTest {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2024, 3, 1);

    @Test
    void suggestsAStepThatKeepsTheRangeUnderTwoHundredFrames() {
        assertThat(AnimationChoice.suggested(JAN, MAR).step()).isEqualTo(TimeStep.parse("1d"));
        assertThat(AnimationChoice.suggested(LocalDate.of(2023, 1, 1), MAR).step())
                .isEqualTo(TimeStep.parse("1w"));
        // the bundled dataset's whole range: 1977 to 2024
        AnimationChoice all = AnimationChoice.suggested(LocalDate.of(1977, 1, 7), LocalDate.of(2024, 8, 1));
        assertThat(all.step()).isEqualTo(TimeStep.parse("3m"));
        assertThat(all.days()).hasSizeBetween(100, 200);
        assertThat(all.fps()).isEqualTo(2);
        assertThat(all.width()).isEqualTo(1280);
    }

    @Test
    void readsTheFieldsAndSaysWhatTheyMake() {
        AnimationChoice c = AnimationChoice.parse(JAN, MAR, "1m", "2", "900");
        assertThat(c).isEqualTo(new AnimationChoice(JAN, MAR, TimeStep.parse("1m"), 2, 900));
        assertThat(c.summary()).isEqualTo("3 frames, one every 1m: 2 s at 2 frames a second");
        assertThat(AnimationChoice.parse(LocalDate.of(2008, 1, 1), LocalDate.of(2024, 8, 1), "1m", "1", "1280")
                        .summary())
                .isEqualTo("200 frames, one every 1m: 3 min 20 s at 1 frame a second");
    }

    @Test
    void refusesWhatTheCommandLineRefusesNamingTheField() {
        assertThatThrownBy(() -> AnimationChoice.parse(JAN, MAR, "0w", "2", "900"))
                .hasMessageStartingWith("Step: '0w' is not a step");
        assertThatThrownBy(() -> AnimationChoice.parse(JAN, MAR, "1m", "0", "900"))
                .hasMessageContaining("1 to 30");
        assertThatThrownBy(() -> AnimationChoice.parse(JAN, MAR, "1m", "two", "900"))
                .hasMessage("Frames per second: 'two' is not a whole number");
        assertThatThrownBy(() -> AnimationChoice.parse(JAN, MAR, "1m", "2", "300"))
                .hasMessageContaining("480");
        assertThatThrownBy(() -> AnimationChoice.parse(MAR, JAN, "1m", "2", "900"))
                .hasMessageContaining("before");
        assertThatThrownBy(() -> AnimationChoice.parse(null, JAN, "1m", "2", "900"))
                .hasMessageContaining("first and the last day");
        assertThatThrownBy(() -> AnimationChoice.parse(LocalDate.of(1900, 1, 1), MAR, "1d", "2", "900")
                        .summary())
                .hasMessageContaining("more than 2,000 frames");
    }
}
