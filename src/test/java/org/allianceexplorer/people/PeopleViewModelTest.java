package org.allianceexplorer.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** People with their parties, as of a date. */
class PeopleViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void listsPeopleWithTheirParties() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        PeopleViewModel model = new PeopleViewModel(state, TaskRunner.immediate(), new TestDialogs());
        assertThat((long) model.table().total())
                .isEqualTo(bundled.session().counts().get(RecordKind.PEOPLE));
        PersonRow kamal = model.table().shown().stream()
                .filter(p -> p.name().contains("Mustafa Kamal"))
                .findFirst()
                .orElseThrow();
        assertThat(kamal.parties()).contains("MQM-P");

        model.table().quickFilterProperty().set("mqm-p");
        assertThat(model.table().shown())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.parties() + p.roles() + p.name()).containsIgnoringCase("mqm-p"));
    }

    @Test
    void aRoleThatEndedSaysWhenAtTheLatestStateAndIsGoneAfterItsEnd() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        PeopleViewModel model = new PeopleViewModel(state, TaskRunner.immediate(), new TestDialogs());
        assertThat(roles(model, "Imran Khan")).isEqualTo("chairman (PTI, to 2 Dec 2023); founder (PTI)");
        assertThat(roles(model, "Benazir Bhutto")).isEqualTo("leader (PPP, to 27 Dec 2007)");
        state.setAsOf(LocalDate.of(2024, 1, 1));
        assertThat(roles(model, "Imran Khan")).isEqualTo("founder (PTI)");
        assertThat(roles(model, "Benazir Bhutto")).isEmpty();
    }

    private static String roles(PeopleViewModel model, String name) {
        return model.table().shown().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .roles();
    }
}
