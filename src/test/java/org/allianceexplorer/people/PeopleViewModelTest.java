package org.allianceexplorer.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.TestDialogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People with their parties, as of a date. */
class PeopleViewModelTest {

    private static Session session;

    @BeforeAll
    static void open() {
        session = Session.of(BundledDataset.open());
    }

    @AfterAll
    static void close() {
        session.database().close();
    }

    @Test
    void listsPeopleWithTheirParties() {
        AppState state = new AppState();
        state.sessionProperty().set(session);
        PeopleViewModel model = new PeopleViewModel(state, TaskRunner.immediate(), new TestDialogs());
        assertThat((long) model.table().total()).isEqualTo(session.counts().get(RecordKind.PEOPLE));
        PersonRow kamal = model.table().shown().stream()
                .filter(p -> p.name().contains("Kamal"))
                .findFirst()
                .orElseThrow();
        assertThat(kamal.parties()).contains("MQM-P");

        model.table().quickFilterProperty().set("mqm-p");
        assertThat(model.table().shown())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.parties() + p.roles() + p.name()).containsIgnoringCase("mqm-p"));
    }
}
