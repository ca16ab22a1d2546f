package org.allianceexplorer.alliances;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.TableScreenViewModel;

/** Alliances in force on the as-of date with their member count then; reloads when the database or date changes. */
public final class AlliancesViewModel extends TableScreenViewModel<AllianceRow> {

    private static final I18n.Messages T = I18n.of(AlliancesViewModel.class);

    public AlliancesViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(
                spec(),
                state,
                tasks,
                dialogs,
                (r, f, sink) -> rows(r.alliances(), f).forEach(sink));
    }

    static RecordTableSpec<AllianceRow> spec() {
        return new RecordTableSpec<>(
                RecordKind.ALLIANCES,
                List.of(
                        RecordColumn.<AllianceRow>text(
                                "name",
                                T.t("column.name"),
                                300,
                                r -> r.alliance().name()),
                        RecordColumn.<AllianceRow>text(
                                "abbreviation",
                                T.t("column.shortName"),
                                100,
                                r -> r.alliance().abbreviation()),
                        RecordColumn.<AllianceRow>text(
                                "kind",
                                T.t("column.kind"),
                                170,
                                r -> T.name("allianceKind", r.alliance().kind())),
                        RecordColumn.<AllianceRow>text(
                                        "level",
                                        T.t("column.level"),
                                        85,
                                        r -> T.name("level", r.alliance().level()))
                                .hidden(),
                        RecordColumn.<AllianceRow>text(
                                        "region",
                                        T.t("column.region"),
                                        110,
                                        r -> r.alliance().region())
                                .hidden(),
                        RecordColumn.<AllianceRow>date(
                                "from",
                                T.t("column.from"),
                                105,
                                r -> r.alliance().period().from()),
                        RecordColumn.<AllianceRow>date(
                                "to",
                                T.t("column.to"),
                                105,
                                r -> r.alliance().period().to()),
                        RecordColumn.<AllianceRow>number("members", T.t("column.members"), 80, AllianceRow::members)
                                .tooltip(T.t("column.members.tip")),
                        RecordColumn.<AllianceRow>text(
                                        "code",
                                        T.t("column.key"),
                                        200,
                                        r -> r.alliance().code())
                                .hidden()),
                AllianceRow::id,
                r -> r.alliance().shortName(),
                "alliances");
    }

    static List<AllianceRow> rows(Repositories.AllianceRepository repo, RecordFilter f) {
        Map<Long, Set<String>> members = new HashMap<>();
        for (Membership m : repo.memberships(f)) {
            members.computeIfAbsent(m.allianceId(), k -> new HashSet<>()).add(m.party());
        }
        return repo.alliances(f).stream()
                .map((Alliance a) -> new AllianceRow(
                        a, members.getOrDefault(a.id(), Set.of()).size()))
                .toList();
    }
}
