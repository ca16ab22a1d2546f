package org.allianceexplorer.parties;

import java.util.List;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
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

    private static final I18n.Messages T = I18n.of(PartiesViewModel.class);

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
                        RecordColumn.<Party>swatch("colour", T.t("column.colour"), Party::colour),
                        RecordColumn.<Party>text("abbreviation", T.t("column.party"), 90, Party::abbreviation),
                        RecordColumn.<Party>text("name", T.t("column.name"), 300, Party::name),
                        RecordColumn.<Party>nativeText("native", T.t("column.native"), 220, Party::nativeName),
                        RecordColumn.<Party>date("founded", T.t("column.founded"), 110, Party::founded),
                        RecordColumn.<Party>date("dissolved", T.t("column.dissolved"), 110, Party::dissolved),
                        RecordColumn.<Party>number("partyfacts", T.t("column.partyfacts"), 95, Party::partyFactsId)
                                .hidden()
                                .tooltip(T.t("column.partyfacts.tip")),
                        RecordColumn.<Party>text("country", T.t("column.country"), 70, Party::country)
                                .hidden()),
                Party::id,
                Party::abbreviation,
                "parties");
    }
}
