package org.allianceexplorer.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sources by outlet; a link opens through the dialog service. */
class SourcesViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void listsSourcesAndOpensTheirLinks() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        TestDialogs dialogs = new TestDialogs();
        SourcesViewModel model = new SourcesViewModel(state, TaskRunner.immediate(), dialogs);
        model.table().setColumnFilter("outlet", Set.of("ARY News"));
        assertThat(model.table().shown())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.outlet()).isEqualTo("ARY News"));
        Source first = model.table().shown().get(0);
        model.open(first);
        assertThat(dialogs.links).containsExactly(first.url());
    }
}
