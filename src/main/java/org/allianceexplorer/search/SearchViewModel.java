package org.allianceexplorer.search;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SearchHit;

/**
 * Global search: the query, the results grouped by kind (a header row before each group), the selected
 * result (moved with Up and Down, headers skipped) and opening it (Enter): the record is selected, so the
 * detail pane shows it, and the screen that lists its kind is shown.
 */
public final class SearchViewModel {

    private static final I18n.Messages T = I18n.of(SearchViewModel.class);

    /** Results of each kind at most. */
    static final int PER_KIND = 8;

    /** A row of the results: a group header ({@code hit == null}) or a hit. */
    public record Row(RecordKind kind, String header, SearchHit hit) {
        public boolean isHeader() {
            return hit == null;
        }
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);
    /** The search in flight, cancelled by a newer query or by clearing. */
    private TaskRunner.Handle pending;
    /** The session whose search index was asked for ({@link #warmUp}). */
    private Session warmed;

    public SearchViewModel(AppState state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
        query.addListener((o, a, b) -> {
            searching.set(b != null && !b.isBlank());
            search();
        });
        state.sessionProperty().addListener((o, a, b) -> {
            dismiss();
            search();
        });
        // anything else the user does in the window ends the search: its results do not come back by themselves
        state.asOfProperty().addListener((o, a, b) -> dismiss());
        state.screenProperty().addListener((o, a, b) -> dismiss());
        state.navigation().currentProperty().addListener((o, a, b) -> dismiss());
    }

    /**
     * The search box got the focus: build the search index now, in the background, so that it is ready by the
     * first keystroke. Not when a database opens: on a million deals it takes two seconds on the one worker, and
     * the first rows of the screen shown would wait behind it.
     */
    public void warmUp() {
        Session s = state.getSession();
        if (s != null && s != warmed) {
            warmed = s;
            prepare(s);
        }
    }

    /**
     * True while the user is searching: from typing a query (or asking for the results again, {@link #resume()})
     * until a result is opened, Escape, or the user does something else (another date, screen or record).
     * The results are shown only then.
     */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The user asks for the results of the query in the field again (Down, or a click in the field). */
    public void resume() {
        searching.set(query.get() != null && !query.get().isBlank());
    }

    /** The results are put away (Escape, a result opened, the user moved on); the query stays in the field. */
    public void dismiss() {
        searching.set(false);
    }

    /** What is typed in the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The results: group headers and hits, in kind order. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The index in {@link #rows()} of the selected hit, -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** "No matches for …" when a query found nothing, else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The hits without the headers. */
    public List<SearchHit> hits() {
        return rows.stream().filter(r -> !r.isHeader()).map(Row::hit).toList();
    }

    /** Moves the selection to the next ({@code +1}) or previous ({@code -1}) hit, skipping headers; stops at the ends. */
    public void move(int direction) {
        int i = selected.get();
        do {
            i += direction;
        } while (i >= 0 && i < rows.size() && rows.get(i).isHeader());
        if (i >= 0 && i < rows.size()) {
            selected.set(i);
        }
    }

    /** Opens the selected hit (Enter); true when there was one. */
    public boolean openSelected() {
        int i = selected.get();
        if (i < 0 || i >= rows.size() || rows.get(i).isHeader()) {
            return false;
        }
        open(rows.get(i).hit());
        return true;
    }

    /** Selects the hit's record and shows the screen that lists its kind. */
    public void open(SearchHit hit) {
        dismiss();
        state.navigation().go(hit.ref());
        state.screenProperty().set(screenFor(hit.ref().kind()));
    }

    /** Forgets the results (Escape). */
    public void clear() {
        cancelSearch();
        rows.clear();
        selected.set(-1);
        message.set("");
    }

    /** The id of the screen that lists records of a kind. */
    public static String screenFor(RecordKind kind) {
        return switch (kind) {
            case PARTIES, RELATIONS -> "parties";
            case PEOPLE -> "people";
            case ALLIANCES, MEMBERSHIPS -> "alliances";
            case DEALS, CLAIMS -> "deals";
            case ELECTIONS, CONSTITUENCIES, RESULTS -> "elections";
            case EVENTS -> "events";
            case SOURCES -> "sources";
        };
    }

    /** The heading of a group of results. */
    public static String groupTitle(RecordKind kind) {
        return switch (kind) {
            case PARTIES -> T.t("group.parties");
            case PEOPLE -> T.t("group.people");
            case RESULTS -> T.t("group.candidates");
            case CONSTITUENCIES -> T.t("group.seats");
            case ALLIANCES -> T.t("group.alliances");
            case DEALS -> T.t("group.deals");
            case EVENTS -> T.t("group.events");
            case SOURCES -> T.t("group.sources");
            default -> kind.label();
        };
    }

    private void prepare(Session s) {
        if (s != null) {
            tasks.run(
                    T.t("preparing"),
                    () -> {
                        s.repositories().search().prepare();
                        return null;
                    },
                    x -> {},
                    e -> {});
        }
    }

    private void search() {
        String q = query.get() == null ? "" : query.get().trim();
        Session s = state.getSession();
        if (q.isEmpty() || s == null) {
            cancelSearch();
            rows.clear();
            selected.set(-1);
            message.set("");
            return;
        }
        // each keystroke's search replaces the one before it (latest wins)
        pending = tasks.run(
                this,
                T.t("searching"),
                () -> s.repositories().search().search(q, PER_KIND),
                hits -> show(q, hits),
                e -> {
                    rows.clear();
                    selected.set(-1);
                    message.set(T.t("failed", e.getMessage()));
                });
    }

    private void cancelSearch() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void show(String q, List<SearchHit> hits) {
        List<Row> out = new ArrayList<>();
        RecordKind group = null;
        for (SearchHit h : hits) {
            if (h.ref().kind() != group) {
                group = h.ref().kind();
                out.add(new Row(group, groupTitle(group), null));
            }
            out.add(new Row(group, null, h));
        }
        rows.setAll(out);
        selected.set(out.isEmpty() ? -1 : 1);
        message.set(out.isEmpty() ? T.t("noMatches", q) : "");
    }
}
