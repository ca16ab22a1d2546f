package org.allianceexplorer.parties;

import java.util.List;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.TableScreenViewModel;

/**
 * The parties of the open database that exist on the as-of date (all of them when it is empty); reloads in
 * the background when the database or the date changes.
 */
public final class PartiesViewModel extends TableScreenViewModel<Party> {

    public PartiesViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(
                spec(),
                state,
                tasks,
                dialogs,
                (r, f, sink) -> r.parties().parties(f).forEach(sink));
    }

    static RecordTableSpec<Party> spec() {
        return new RecordTableSpec<>(
                RecordKind.PARTIES,
                List.of(
                        RecordColumn.<Party>swatch("colour", "Colour", Party::colour),
                        RecordColumn.<Party>text("abbreviation", "Party", 90, Party::abbreviation),
                        RecordColumn.<Party>text("name", "Name", 300, Party::name),
                        RecordColumn.<Party>nativeText("native", "Native name", 220, Party::nativeName),
                        RecordColumn.<Party>date("founded", "Founded", 110, Party::founded),
                        RecordColumn.<Party>date("dissolved", "Dissolved", 110, Party::dissolved),
                        RecordColumn.<Party>number("partyfacts", "Party Facts", 95, Party::partyFactsId)
                                .hidden()
                                .tooltip("The party's id in the Party Facts database"),
                        RecordColumn.<Party>text("country", "Country", 70, Party::country)
                                .hidden()),
                Party::id,
                Party::abbreviation,
                "parties");
    }
}
