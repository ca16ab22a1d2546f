package org.allianceexplorer.elections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WhenShown;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Candidacy;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.RecordTableViewModel;

/**
 * Elections (polled by the as-of date) and the seats with their results: winner, party, votes, runner-up,
 * margin. Choosing an election in the list narrows the table to it. A database with more than
 * {@link #ONE_ELECTION_ABOVE} candidate results (every election since 1951, say) is read one election at a time:
 * the latest with results first, another when it is chosen, all of them only when "All elections" is.
 */
public final class ElectionsViewModel {

    private static final I18n.Messages T = I18n.of(ElectionsViewModel.class);

    /** Above this many candidate results the screen reads one election at a time. */
    static final long ONE_ELECTION_ABOVE = 200_000;

    /** What one load yields: the elections list and the rows of one election ({@code loadedFor}, null: all). */
    record Loaded(List<ElectionChoice> elections, List<ResultRow> rows, Long loadedFor) {}

    private final AppState state;
    private final TaskRunner tasks;
    private final RecordTableViewModel<ResultRow> table;
    private final NationalResults national;
    private final ObservableList<ElectionChoice> elections = FXCollections.observableArrayList();
    private final ObjectProperty<ElectionChoice> election = new SimpleObjectProperty<>(this, "election");
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper(this, "empty", "");
    private List<ResultRow> all = List.of();
    private final long oneElectionAbove;
    /** Whether this database is read one election at a time. */
    private boolean oneAtATime;
    /** The election whose rows {@link #all} holds ({@code null}: every election). */
    private Long loadedFor;
    /** A seat to select once all elections are read (navigation to a seat outside the one read). */
    private Long revealAfterLoad;
    /** The load in flight: a newer one (another date or database) replaces it. */
    private TaskRunner.Handle pending;

    public ElectionsViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(state, tasks, dialogs, ONE_ELECTION_ABOVE);
    }

    /** With another threshold for reading one election at a time (tests). */
    ElectionsViewModel(AppState state, TaskRunner tasks, DialogService dialogs, long oneElectionAbove) {
        this.oneElectionAbove = oneElectionAbove;
        this.state = state;
        this.tasks = tasks;
        this.table = new RecordTableViewModel<>(spec(), state, tasks, dialogs);
        this.national = new NationalResults(state, tasks, dialogs);
        election.addListener((o, a, b) -> narrow());
        state.navigation().currentProperty().addListener((o, a, b) -> {
            // a seat outside the chosen election: show all elections so the table can select it
            if (b != null
                    && b.kind() == RecordKind.CONSTITUENCIES
                    && election.get() != null
                    && election.get().election() != null
                    && table.shown().stream().noneMatch(r -> r.constituencyId() == b.id())) {
                if (oneAtATime) {
                    // all elections are read first; the seat is selected when they are
                    revealAfterLoad = b.id();
                }
                election.set(elections.isEmpty() ? null : elections.get(0));
                table.reveal(b.id());
            }
        });
        // loads when the screen is first shown, and on a new date or database only while it is shown
        WhenShown.reloading(state, "elections", this::reload);
    }

    static RecordTableSpec<ResultRow> spec() {
        return new RecordTableSpec<>(
                RecordKind.CONSTITUENCIES,
                List.of(
                        RecordColumn.<ResultRow>text("election", T.t("column.election"), 160, ResultRow::election),
                        RecordColumn.<ResultRow>text("seat", T.t("column.seat"), 80, ResultRow::seat),
                        RecordColumn.<ResultRow>text("name", T.t("column.constituency"), 150, ResultRow::name),
                        RecordColumn.<ResultRow>text("assembly", T.t("column.assembly"), 80, ResultRow::assembly)
                                .hidden(),
                        RecordColumn.<ResultRow>text("province", T.t("column.province"), 100, ResultRow::province)
                                .hidden(),
                        RecordColumn.<ResultRow>text("district", T.t("column.district"), 110, ResultRow::district)
                                .hidden(),
                        RecordColumn.<ResultRow>text("winner", T.t("column.winner"), 180, ResultRow::winner),
                        RecordColumn.<ResultRow>text("party", T.t("column.party"), 105, ResultRow::winnerParty),
                        RecordColumn.<ResultRow>number("votes", T.t("column.votes"), 85, ResultRow::votes),
                        RecordColumn.<ResultRow>text("runnerUp", T.t("column.runnerUp"), 170, ResultRow::runnerUp),
                        RecordColumn.<ResultRow>text(
                                "runnerUpParty", T.t("column.runnerUpParty"), 110, ResultRow::runnerUpParty),
                        RecordColumn.<ResultRow>number(
                                        "runnerUpVotes", T.t("column.runnerUpVotes"), 110, ResultRow::runnerUpVotes)
                                .hidden(),
                        RecordColumn.<ResultRow>number("margin", T.t("column.margin"), 85, ResultRow::margin),
                        RecordColumn.<ResultRow>number(
                                        "candidates", T.t("column.candidates"), 85, ResultRow::candidates)
                                .hidden(),
                        RecordColumn.<ResultRow>text("basis", T.t("column.basis"), 110, ResultRow::basis),
                        RecordColumn.<ResultRow>text(
                                "differences", T.t("column.differences"), 150, ResultRow::differences)),
                ResultRow::constituencyId,
                ResultRow::seat,
                "results");
    }

    public RecordTableViewModel<ResultRow> table() {
        return table;
    }

    /** The chosen election's national results by party, shown when it has none by seat. */
    public NationalResults national() {
        return national;
    }

    /** The elections list; the first entry stands for all elections. */
    public ObservableList<ElectionChoice> elections() {
        return elections;
    }

    /** The chosen entry of the list ({@code null} or the first: all elections). */
    public ObjectProperty<ElectionChoice> electionProperty() {
        return election;
    }

    /**
     * The user chose an entry of the list: the table narrows to that election and the election becomes the
     * app's selected record, so the detail pane shows what is known of it (also when it has no results).
     */
    public void choose(ElectionChoice c) {
        election.set(c);
        if (c != null && c.election() != null) {
            state.navigation()
                    .go(new RecordRef(
                            RecordKind.ELECTIONS,
                            c.election().id(),
                            c.election().name()));
        }
    }

    /** Why the table is empty when an election without results is chosen (empty otherwise). */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return empty.getReadOnlyProperty();
    }

    private void reload() {
        Session s = state.getSession();
        if (pending != null) {
            pending.cancel();
        }
        if (s == null) {
            elections.clear();
            all = List.of();
            table.clear();
            return;
        }
        RecordFilter f = RecordFilter.ALL.withAsOf(state.getAsOf());
        oneAtATime = s.counts().getOrDefault(RecordKind.RESULTS, 0L) > oneElectionAbove;
        boolean one = oneAtATime;
        Long wanted = chosenId();
        pending = tasks.run(
                this,
                T.t("loading"),
                () -> load(s.repositories().elections(), f, one, wanted),
                loaded -> {
                    String chosen = election.get() == null || election.get().election() == null
                            ? null
                            : election.get().election().code();
                    all = loaded.rows();
                    loadedFor = loaded.loadedFor();
                    elections.setAll(loaded.elections());
                    ElectionChoice again = elections.stream()
                            .filter(c -> c.election() != null
                                    && (one
                                            ? Objects.equals(c.election().id(), loadedFor)
                                            : c.election().code().equals(chosen)))
                            .findFirst()
                            .orElse(elections.get(0));
                    if (again == election.get()) {
                        narrow();
                    } else {
                        election.set(again);
                    }
                },
                e -> table.clear());
    }

    /** The chosen election's id, or null (none chosen, or all elections). */
    private Long chosenId() {
        ElectionChoice c = election.get();
        return c == null || c.election() == null ? null : c.election().id();
    }

    private void narrow() {
        ElectionChoice c = election.get();
        Long want = chosenId();
        Session s = state.getSession();
        if (oneAtATime && s != null && !Objects.equals(want, loadedFor)) {
            // this database is read one election at a time: read the chosen one (or all) first
            RecordFilter f = RecordFilter.ALL.withAsOf(state.getAsOf());
            table.clear();
            pending = tasks.run(
                    this,
                    want == null
                            ? T.t("loading.all")
                            : T.t("loading.one", c.election().name()),
                    () -> rows(
                            s.repositories().elections(),
                            f,
                            s.repositories().elections().elections(f),
                            want),
                    rows -> {
                        all = rows;
                        loadedFor = want;
                        show(c);
                        if (revealAfterLoad != null) {
                            table.reveal(revealAfterLoad);
                            revealAfterLoad = null;
                        }
                    },
                    e -> table.clear());
            return;
        }
        show(c);
    }

    /** Shows the rows of the chosen entry, its national results, and why it is empty when it is. */
    private void show(ElectionChoice c) {
        if (c == null || c.election() == null) {
            table.setRows(all);
        } else {
            String name = c.election().name();
            table.setRows(all.stream().filter(r -> name.equals(r.election())).toList());
        }
        national.show(c);
        empty.set(
                c == null || c.election() == null || c.seats() > 0 || c.partyResults() > 0
                        ? ""
                        : c.election().pollingDay() == null
                                ? T.t("empty.noResults", c.election().name())
                                : T.t(
                                        "empty.noResults.pollingDay",
                                        c.election().name(),
                                        c.election().pollingDay().display()));
    }

    /**
     * Reads the elections list and the rows (off the FX thread): every election's, or with {@code oneAtATime} only
     * those of {@code wanted} when it is still in the list, else of the latest election with results.
     */
    static Loaded load(Repositories.ElectionRepository repo, RecordFilter f, boolean oneAtATime, Long wanted) {
        List<Election> polled = repo.elections(f);
        Map<Long, Integer> seats = repo.seatsWithResults();
        Map<String, Integer> partyResults = repo.partyResultCounts();
        List<ElectionChoice> choices = new ArrayList<>();
        choices.add(new ElectionChoice(null, 0));
        Long target = null;
        Election latest = null;
        for (Election e : polled) {
            int n = seats.getOrDefault(e.id(), 0);
            choices.add(new ElectionChoice(e, n, partyResults.getOrDefault(e.code(), 0)));
            if (wanted != null && e.id() == wanted) {
                target = wanted;
            }
            if (n > 0
                    && e.pollingDay() != null
                    && (latest == null || e.pollingDay().compareTo(latest.pollingDay()) > 0)) {
                latest = e;
            }
        }
        if (oneAtATime && target == null && latest != null) {
            target = latest.id();
        }
        Long read = oneAtATime ? target : null;
        return new Loaded(choices, rows(repo, f, polled, read), read);
    }

    /**
     * The rows of one election ({@code electionId}), or of every election and then every seat without results
     * ({@code null}): results and seats under the filter, joined (off the FX thread). {@code polled}: the elections
     * under the filter.
     */
    static List<ResultRow> rows(
            Repositories.ElectionRepository repo, RecordFilter f, List<Election> polled, Long electionId) {
        List<Constituency> seats = repo.constituencies(RecordFilter.ALL.withParty(f.party()));
        Map<String, Constituency> byCode = new HashMap<>();
        for (Constituency c : seats) {
            byCode.putIfAbsent(c.code(), c);
        }
        // election name -> seat code -> candidacies by rank
        Map<String, Map<String, List<Candidacy>>> results = new LinkedHashMap<>();
        Consumer<Candidacy> sink = k -> results.computeIfAbsent(k.election(), e -> new LinkedHashMap<>())
                .computeIfAbsent(k.seat(), x -> new ArrayList<>(4))
                .add(k);
        if (electionId == null) {
            repo.forEachResult(f, sink);
        } else {
            repo.forEachResult(f, electionId, sink);
        }
        Map<String, OfficialCount> counts = new HashMap<>();
        for (OfficialCount oc : electionId == null ? repo.officialCounts(f) : repo.officialCounts(f, electionId)) {
            counts.put(oc.election().label() + '\u001F' + oc.seat().label(), oc);
        }
        List<ResultRow> rows = new ArrayList<>();
        Set<String> withResults = new HashSet<>();
        for (Election e : polled) {
            if (electionId != null && e.id() != electionId) {
                continue;
            }
            Map<String, List<Candidacy>> bySeat = results.getOrDefault(e.name(), Map.of());
            for (Map.Entry<String, List<Candidacy>> seat : bySeat.entrySet()) {
                Constituency c = byCode.get(seat.getKey());
                if (c == null) {
                    continue;
                }
                withResults.add(c.code());
                rows.add(row(e.name(), c, seat.getValue(), counts.get(e.name() + '\u001F' + c.code())));
            }
        }
        if (electionId != null) {
            return rows;
        }
        for (Constituency c : seats) {
            if (!withResults.contains(c.code())) {
                rows.add(ResultRow.of(c, null, null, null, null, 0, null, null));
            }
        }
        return rows;
    }

    private static ResultRow row(String election, Constituency c, List<Candidacy> ranked, OfficialCount count) {
        ranked.sort(Comparator.comparingInt(Candidacy::rank));
        if (count != null && count.winner().votes() != null) {
            return counted(election, c, ranked, count);
        }
        Candidacy w = ranked.get(0);
        Candidacy r = ranked.size() > 1 ? ranked.get(1) : null;
        return ResultRow.of(
                c,
                election,
                new ResultRow.Placing(w.candidate(), party(w), w.votes()),
                r == null ? null : new ResultRow.Placing(r.candidate(), party(r), r.votes()),
                r == null ? null : w.votes() - r.votes(),
                ranked.size(),
                ResultRow.LISTED,
                null);
    }

    /** A seat's row on its official count: its winner and runner-up (as matched to the results), votes, margin. */
    private static ResultRow counted(String election, Constituency c, List<Candidacy> ranked, OfficialCount count) {
        OfficialCount.Entry w = count.winner();
        OfficialCount.Entry r = count.runnerUp();
        String differences = count.differenceSummary();
        return ResultRow.of(
                c,
                election,
                new ResultRow.Placing(w.shownName(), party(w, ranked), w.votes()),
                r == null ? null : new ResultRow.Placing(r.shownName(), party(r, ranked), r.votes()),
                count.margin(),
                ranked.size(),
                count.basis(),
                differences.isEmpty() ? null : differences);
    }

    /** A count's candidate's party: the matched result's (as the results name it), else as the form prints it. */
    private static String party(OfficialCount.Entry e, List<Candidacy> ranked) {
        if (e.result() != null) {
            for (Candidacy k : ranked) {
                if (k.id() == e.result().id()) {
                    return party(k);
                }
            }
        }
        return e.party();
    }

    private static String party(Candidacy k) {
        return k.party() != null ? k.party() : k.partyLabel();
    }
}
