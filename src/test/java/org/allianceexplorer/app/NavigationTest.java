package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private static RecordRef party(long id) {
        return new RecordRef(RecordKind.PARTIES, id, "P" + id);
    }

    @Test
    void backAndForwardWalkTheHistory() {
        Navigation n = new Navigation();
        assertThat(n.canGoBackProperty().get()).isFalse();
        n.go(party(1));
        n.go(new RecordRef(RecordKind.CONSTITUENCIES, 7, "NA-242"));
        n.go(party(2));
        n.back();
        assertThat(n.getCurrent().label()).isEqualTo("NA-242");
        n.back();
        assertThat(n.getCurrent()).isEqualTo(party(1));
        assertThat(n.canGoBackProperty().get()).isFalse();
        assertThat(n.canGoForwardProperty().get()).isTrue();
        n.forward();
        assertThat(n.getCurrent().kind()).isEqualTo(RecordKind.CONSTITUENCIES);
    }

    @Test
    void goingSomewhereNewDropsTheForwardHistory() {
        Navigation n = new Navigation();
        n.go(party(1));
        n.go(party(2));
        n.back();
        n.go(party(3));
        assertThat(n.canGoForwardProperty().get()).isFalse();
        n.back();
        assertThat(n.getCurrent()).isEqualTo(party(1));
    }

    @Test
    void theSameRecordTwiceIsOneStep() {
        Navigation n = new Navigation();
        n.go(party(1));
        n.go(new RecordRef(RecordKind.PARTIES, 1, "other label"));
        assertThat(n.canGoBackProperty().get()).isFalse();
        n.clear();
        assertThat(n.getCurrent()).isNull();
    }
}
