package org.allianceexplorer.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Affiliation;
import org.allianceexplorer.domain.Person;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.TableScreenViewModel;

/** People with their parties and roles as of the shared date; reloads when the database or date changes. */
public final class PeopleViewModel extends TableScreenViewModel<PersonRow> {

    private static final I18n.Messages T = I18n.of(PeopleViewModel.class);

    public PeopleViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(spec(), state, tasks, dialogs, (r, f, sink) -> rows(r.people(), f).forEach(sink));
    }

    static RecordTableSpec<PersonRow> spec() {
        return new RecordTableSpec<>(
                RecordKind.PEOPLE,
                List.of(
                        RecordColumn.<PersonRow>text("name", T.t("column.name"), 220, PersonRow::name),
                        RecordColumn.<PersonRow>nativeText("native", T.t("column.native"), 180, PersonRow::nativeName),
                        RecordColumn.<PersonRow>text("parties", T.t("column.parties"), 160, PersonRow::parties)
                                .tooltip(T.t("column.parties.tip")),
                        RecordColumn.<PersonRow>text("roles", T.t("column.roles"), 320, PersonRow::roles),
                        RecordColumn.<PersonRow>text("code", T.t("column.key"), 160, PersonRow::code)
                                .hidden()),
                PersonRow::id,
                PersonRow::name,
                "people");
    }

    /** People joined with their affiliations that hold under the filter. */
    static List<PersonRow> rows(Repositories.PersonRepository repo, RecordFilter f) {
        Map<Long, Set<String>> parties = new HashMap<>();
        Map<Long, Set<String>> roles = new HashMap<>();
        for (Affiliation a : repo.affiliations(f)) {
            parties.computeIfAbsent(a.personId(), k -> new LinkedHashSet<>()).add(a.party());
            if (a.role() != null && !a.role().isBlank()) {
                // at the latest state every role is listed: one that ended says when
                String role = f.asOf() == null && a.period().to() != null
                        ? T.t("role.ended", a.role(), a.party(), a.period().to().display())
                        : T.t("role", a.role(), a.party());
                roles.computeIfAbsent(a.personId(), k -> new LinkedHashSet<>()).add(role);
            }
        }
        List<PersonRow> out = new ArrayList<>();
        for (Person p : repo.people(RecordFilter.ALL)) {
            out.add(new PersonRow(
                    p.id(),
                    p.code(),
                    p.name(),
                    p.nativeName(),
                    String.join(", ", parties.getOrDefault(p.id(), Set.of())),
                    String.join("; ", roles.getOrDefault(p.id(), Set.of()))));
        }
        return out;
    }
}
