package org.allianceexplorer.elections;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
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

    private static final I18n.Messages T = I18n.of(NationalResults.class);

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
                        RecordColumn.<PartyResult>text("party", T.t("column.party"), 90, PartyResult::party)
                                .whole(),
                        RecordColumn.<PartyResult>text("name", T.t("column.name"), 300, PartyResult::partyName),
                        RecordColumn.<PartyResult>text("assembly", T.t("column.assembly"), 80, PartyResult::assembly)
                                .hidden(),
                        RecordColumn.<PartyResult>number("votes", T.t("column.votes"), 110, PartyResult::votes),
                        RecordColumn.<PartyResult>text("share", T.t("column.share"), 90, PartyResult::shareText)
                                .csvNumber("share_percent", PartyResult::voteShare),
                        RecordColumn.<PartyResult>number("seats", T.t("column.seats"), 70, PartyResult::seats),
                        RecordColumn.<PartyResult>text("election", T.t("column.election"), 220, PartyResult::election)
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
                T.t("loading.national"),
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
