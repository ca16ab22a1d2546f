package org.allianceexplorer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen.Info;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A table screen makes its view-model when it is first shown or its table first asked for, not with the window; a
 * column layout restored before then goes into the table when it is made, and one never made keeps what it was given.
 */
@ExtendWith(ApplicationExtension.class)
class RecordTableScreenTest {

    private final List<String> made = new ArrayList<>();

    private RecordTableViewModel<?> newTable() {
        made.add("table");
        return NameAndParty.table();
    }

    private RecordTableScreen screen() {
        return RecordTableScreen.of(
                new Info("rows", "Rows", "mdi2t-table"), RecordKind.PARTIES, this::newTable, t -> t, t -> {
                    made.add("view with " + t.layout().format());
                    return new Region();
                });
    }

    @Test
    void aScreenMakesNothingUntilItIsShown() {
        RecordTableScreen s = screen();
        assertThat(s.id()).isEqualTo("rows");
        assertThat(s.title()).isEqualTo("Rows");
        assertThat(s.lists()).contains(RecordKind.PARTIES);
        s.restore(TableLayout.parse("party:90,!name:120"));

        assertThat(made).isEmpty();
        assertThat(s.isMade()).isFalse();
    }

    @Test
    void aLayoutRestoredBeforeTheTableIsMadeIsItsLayoutWhenShown() {
        RecordTableScreen s = screen();
        s.restore(TableLayout.parse("party:90,!name:120"));

        s.view();
        s.view();

        assertThat(made).containsExactly("table", "view with party:90,!name:120");
        assertThat(s.layout().format()).isEqualTo("party:90,!name:120");
    }

    @Test
    void aTableNeverMadeKeepsTheLayoutItWasGivenAndMakesNoneOfItsOwn() {
        RecordTableScreen never = screen();
        assertThat(never.layoutToKeep()).isEmpty();

        never.restore(TableLayout.parse("party:90,!name:120"));
        assertThat(never.layoutToKeep()).map(TableLayout::format).contains("party:90,!name:120");
        assertThat(made).isEmpty();
    }

    @Test
    void theTableIsMadeOnceWhicheverIsAskedFirst() {
        RecordTableScreen s = screen();
        RecordTableViewModel<?> first = s.table();
        s.view();

        assertThat(s.table()).isSameAs(first);
        assertThat(made).containsExactly("table", "view with name:120,party:80");
        assertThat(s.layoutToKeep()).map(TableLayout::format).contains("name:120,party:80");
    }
}
