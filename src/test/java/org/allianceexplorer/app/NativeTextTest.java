package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NativeTextTest {

    @Test
    void bracketsAreMirroredOnlyForDisplay() {
        assertThat(NativeText.mirrorBrackets("جمعیت علماء اسلام (ف)")).isEqualTo("جمعیت علماء اسلام )ف(");
        assertThat(NativeText.mirrorBrackets("[a] {b}")).isEqualTo("]a[ }b{");
        assertThat(NativeText.display(null)).isNull();
        String shown = NativeText.display("متحدہ قومی موومنٹ (پاکستان)");
        assertThat(shown).isEqualTo(NativeText.MIRROR_BRACKETS ? "متحدہ قومی موومنٹ )پاکستان(" : "متحدہ قومی موومنٹ (پاکستان)");
    }
}
