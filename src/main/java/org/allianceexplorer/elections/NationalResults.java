package org.allianceexplorer.elections;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.RecordTableViewModel;

/**
 * The national results by party of the chosen election, shown in place of the seats when the election has
 * none by seat but has them by party (ParlGov's elections): party, votes, share, seats. A row opens its party.
 */
public final class NationalResults {

    private final AppState state;
    private final TaskRunner tasks;
    private final RecordTableViewModel<PartyResult> table;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");

    NationalResults(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.tasks = tasks;
        this.table = new RecordTableViewModel<>(spec(), state, tasks, dialogs);
    }

    static RecordTableSpec<PartyResult> spec() {
        return new RecordTableSpec<>(
                RecordKind.PARTIES,
                List.of(
                        RecordColumn.<PartyResult>text("party", "Party", 90, PartyResult::party)
                                .whole(),
                        RecordColumn.<PartyResult>text("name", "Name", 300, PartyResult::partyName),
                        RecordColumn.<PartyResult>text("assembly", "Assembly", 80, PartyResult::assembly)
                                .hidden(),
                        RecordColumn.<PartyResult>number("votes", "Votes", 110, PartyResult::votes),
                        RecordColumn.<PartyResult>text("share", "Vote share", 90, PartyResult::shareText)
                                .csvNumber("share_percent", PartyResult::voteShare),
                        RecordColumn.<PartyResult>number("seats", "Seats", 70, PartyResult::seats),
                        RecordColumn.<PartyResult>text("election", "Election", 220, PartyResult::election)
                                .hidden()),
                PartyResult::partyId,
                PartyResult::party,
                "national-results");
    }

    public RecordTableViewModel<PartyResult> table() {
        return table;
    }

    /** Whether the chosen election is shown by its national results (instead of its seats). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Shows the national results of {@code c} when it has them and no results by seat; else nothing. */
    void show(ElectionChoice c) {
        boolean national = c != null && c.election() != null && c.seats() == 0 && c.partyResults() > 0;
        Session s = state.getSession();
        if (!national || s == null) {
            shown.set(false);
            table.clear();
            return;
        }
        String code = c.election().code();
        tasks.run(
                this,
                "Loading national results",
                () -> s.repositories().elections().partyResults(code),
                rows -> {
                    table.setRows(rows);
                    shown.set(true);
                },
                e -> {
                    shown.set(false);
                    table.clear();
                });
    }
}
