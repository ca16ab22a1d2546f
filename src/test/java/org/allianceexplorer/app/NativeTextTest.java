package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The display text of native-script names (issue 9, defect 11). The old transformation only swapped the
 * brackets ("…اسلام )ف(" on Linux), which JavaFX then drew at the wrong end of the name; what JavaFX draws
 * from these texts is checked on screen by {@code NativeTextUiTest}.
 */
class NativeTextTest {

    @Test
    void aBracketedSuffixComesFirstWithItsBracketsSwappedAndTheSpaceMovesToTheEnd() {
        assertThat(NativeText.forPango("جمیعت علماءِ اسلام (ف)")).isEqualTo(")ف(جمیعت علماءِ اسلام ");
        assertThat(NativeText.forPango("پاکستان مسلم لیگ (ق)")).isEqualTo(")ق(پاکستان مسلم لیگ ");
        // no space in the data, none added
        assertThat(NativeText.forPango("متحدہ قومی موومنٹ(پاکستان)")).isEqualTo(")پاکستان(متحدہ قومی موومنٹ");
        // a group of several words stays one piece
        assertThat(NativeText.forPango("پاکستان مسلم لیگ (ق اعظم)")).isEqualTo(")ق اعظم(پاکستان مسلم لیگ ");
    }

    @Test
    void everyPieceIsReversedAndVowelMarksAreKept() {
        assertThat(NativeText.forPango("الف (ب) جیم [د]")).isEqualTo("]د[ جیم )ب(الف ");
        assertThat(NativeText.forPango("(ب) جیم")).isEqualTo(" جیم)ب(");
        assertThat(NativeText.forPango("استحکامِ پاکستان")).isEqualTo("استحکامِ پاکستان");
        assertThat(NativeText.forPango("علماءِ (ف)")).contains("\u0650");
    }

    @Test
    void textWithoutBracketsOrWithUnpairedOnesIsLeftAlone() {
        assertThat(NativeText.forPango("عوامی نیشنل پارٹی")).isEqualTo("عوامی نیشنل پارٹی");
        assertThat(NativeText.forPango("الف (ب")).isEqualTo("الف (ب");
        assertThat(NativeText.forPango("الف ب)")).isEqualTo("الف ب)");
        assertThat(NativeText.display(null)).isNull();
        assertThat(NativeText.mirror('[')).isEqualTo(']');
        assertThat(NativeText.mirror('}')).isEqualTo('{');
    }

    @Test
    void displayReordersOnlyWhereJavaFxNeedsIt() {
        String data = "جمیعت علماءِ اسلام (ف)";
        assertThat(NativeText.display(data)).isEqualTo(NativeText.REORDER_BRACKETS ? ")ف(جمیعت علماءِ اسلام " : data);
    }

    /** A native name in a left-to-right script (from a ParlGov import) is not laid out as Urdu. */
    @Test
    void onlyNamesInARightToLeftScriptAreRightToLeft() {
        assertThat(NativeText.isRightToLeft("جمیعت علماءِ اسلام (ف)")).isTrue();
        assertThat(NativeText.isRightToLeft("(ف) جمیعت"))
                .as("brackets and spaces have no direction")
                .isTrue();
        assertThat(NativeText.isRightToLeft("Bündnis 90 / Die Grünen")).isFalse();
        assertThat(NativeText.isRightToLeft("90 ")).isFalse();
        assertThat(NativeText.isRightToLeft(null)).isFalse();
        assertThat(NativeText.display("Christlich Demokratische Union (CDU)"))
                .as("a left-to-right name keeps its brackets where they are")
                .isEqualTo("Christlich Demokratische Union (CDU)");
    }
}
