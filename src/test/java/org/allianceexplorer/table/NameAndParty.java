package org.allianceexplorer.table;

import java.util.List;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;

/** A small table of the tests: rows with a name and a party, in two text columns (Name 120, Party 80). */
final class NameAndParty {

    record Row(long id, String name, String party) {}

    private NameAndParty() {}

    /** The table's view-model, on a state of its own, loading at once. */
    static RecordTableViewModel<Row> table() {
        RecordTableSpec<Row> spec = new RecordTableSpec<>(
                RecordKind.PARTIES,
                List.of(
                        RecordColumn.<Row>text("name", "Name", 120, Row::name),
                        RecordColumn.<Row>text("party", "Party", 80, Row::party)),
                Row::id,
                Row::name,
                "rows");
        return new RecordTableViewModel<>(spec, new AppState(), TaskRunner.immediate(), new TestDialogs());
    }
}
