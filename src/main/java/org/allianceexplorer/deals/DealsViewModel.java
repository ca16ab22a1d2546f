package org.allianceexplorer.deals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WhenShown;
import org.allianceexplorer.data.Repositories.DealRepository;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.RecordTableViewModel;

/**
 * Seat deals as of the shared date: status from the latest claim by then, outcome from the results. A large
 * database (above {@link #PAGED_ABOVE} deals) is a paged table: its first page shows at once, the keys of every
 * deal are read in chunks (with progress) for sorting and filtering, and the rows shown are read by id as they
 * come into view ({@link RecordTableViewModel#loadPaged}).
 */
public final class DealsViewModel {

    /** Deals shown at once before the full listing arrives. */
    static final int FIRST_PAGE = 500;
    /** Above this many deals the table is paged. */
    static final long PAGED_ABOVE = 10_000;

    private final long pagedAbove;

    private final AppState state;
    private final TaskRunner tasks;
    private final RecordTableViewModel<SeatDeal> table;
    /** The database whose deals the table holds (a new day on it updates them; another database loads afresh). */
    private Session shownFrom;

    public DealsViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(state, tasks, dialogs, PAGED_ABOVE);
    }

    /** With another threshold for the paged table (tests page a small database). */
    DealsViewModel(AppState state, TaskRunner tasks, DialogService dialogs, long pagedAbove) {
        this.pagedAbove = pagedAbove;
        this.state = state;
        this.tasks = tasks;
        this.table = new RecordTableViewModel<>(spec(), state, tasks, dialogs);
        // loads when the screen is first shown, and on a new date or database only while it is shown
        Runnable reload = WhenShown.defer(state, "deals", this::reload);
        state.sessionProperty().addListener((o, a, b) -> reload.run());
        state.asOfProperty().addListener((o, a, b) -> reload.run());
        reload.run();
    }

    static RecordTableSpec<SeatDeal> spec() {
        // the columns a reader needs first come first: at 1280 pixels they are all in view, the rest to the right
        return new RecordTableSpec<>(
                RecordKind.DEALS,
                List.of(
                        RecordColumn.<SeatDeal>text("seat", "Seat", 80, SeatDeal::seat)
                                .whole(),
                        RecordColumn.<SeatDeal>text("assembly", "Assembly", 80, SeatDeal::assembly)
                                .hidden()
                                .tooltip("The assembly of the seat (also the prefix of its code: NA, PS...)"),
                        RecordColumn.<SeatDeal>text("giver", "Giver", 85, SeatDeal::giver)
                                .whole()
                                .tooltip("The party that stood down or gave its support"),
                        RecordColumn.<SeatDeal>text("receiver", "Receiver", 85, SeatDeal::receiver)
                                .whole()
                                .tooltip("The party whose candidate the deal favoured"),
                        RecordColumn.<SeatDeal>text("candidate", "Candidate", 170, SeatDeal::candidate),
                        RecordColumn.<SeatDeal>text(
                                        "status",
                                        "Status",
                                        95,
                                        d -> d.status() == null
                                                ? null
                                                : d.status().label())
                                .whole()
                                .tooltip("The latest claim about the deal up to the as-of date"),
                        RecordColumn.<SeatDeal>text(
                                        "outcome",
                                        "Outcome",
                                        165,
                                        d -> d.outcome() == null
                                                ? null
                                                : d.outcome().label())
                                .cell(DealsViewModel::outcomeText, DealsViewModel::outcomeOrder)
                                .whole()
                                .csvNumber(
                                        "Margin",
                                        d -> d.outcome() == null
                                                ? null
                                                : d.outcome().margin())
                                .csvNumber(
                                        "Receiver's votes",
                                        d -> d.outcome() == null
                                                ? null
                                                : d.outcome().receiverVotes())
                                .tooltip("From the results: did the receiver's candidate win, by how many votes"),
                        RecordColumn.<SeatDeal>text("effect", "Effect", 95, DealsViewModel::effectText)
                                .whole()
                                .tooltip(
                                        "Did the deal matter? Decisive: the receiver won by no more than the votes the giver could bring"
                                                + " (its candidate's votes there, or at the previous election in the seat:"
                                                + " est.); not needed: won by more; failed: lost"),
                        RecordColumn.<SeatDeal>date("since", "Since", 105, SeatDeal::statusDate)
                                .tooltip("The date of the claim that gave the status"),
                        RecordColumn.<SeatDeal>text("election", "Election", 140, SeatDeal::election),
                        RecordColumn.<SeatDeal>number("claims", "Claims", 70, SeatDeal::claims)
                                .hidden()
                                .tooltip("How many dated claims the deal has (its history is in the detail pane)"),
                        RecordColumn.<SeatDeal>number(
                                        "giverVotes",
                                        "Giver's votes",
                                        100,
                                        d -> d.outcome() == null
                                                ? null
                                                : d.outcome().giverVotes())
                                .hidden()
                                .tooltip("Votes the giver's own candidate still took in the seat"),
                        RecordColumn.<SeatDeal>number(
                                        "giverEstimate",
                                        "Giver's votes before",
                                        120,
                                        d -> d.outcome() == null
                                                ? null
                                                : d.outcome().giverEstimate())
                                .hidden()
                                .tooltip("The giver was not on the ballot: its votes in the seat at the previous"
                                        + " election with results there, the estimate behind the Effect column"),
                        RecordColumn.<SeatDeal>text(
                                        "basis",
                                        "Basis",
                                        110,
                                        d -> d.outcome() == null
                                                ? null
                                                : d.outcome().basis() == null
                                                        ? OfficialCount.LISTED
                                                        : d.outcome().basis())
                                .hidden()
                                .tooltip("The count the outcome is read from: the seat's official count (Form-47) where"
                                        + " it has one, else the candidate results")),
                SeatDeal::id,
                d -> d.seat() + " " + d.giver() + " \u2192 " + d.receiver(),
                "seat-deals");
    }

    /**
     * {@code won by 18,008 (Form-47)} on the seat's official count, {@code lost by 2,140} on the candidate results, or
     * empty without results (the receiver's votes are a column of the CSV and in the detail pane).
     */
    static String outcomeText(SeatDeal d) {
        Outcome o = d.outcome();
        if (o == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%s by %,d", o.label(), Math.abs(o.margin()))
                + (o.basis() == null ? "" : " (" + o.basis() + ")");
    }

    /** {@code decisive}, {@code not needed}, {@code failed}, with {@code (est.)} when the giver's votes are estimated. */
    static String effectText(SeatDeal d) {
        Outcome o = d.outcome();
        return o == null ? null : o.effectText();
    }

    private static int outcomeOrder(SeatDeal d) {
        Outcome o = d.outcome();
        return o == null
                ? Integer.MIN_VALUE
                : (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, o.margin()));
    }

    public RecordTableViewModel<SeatDeal> table() {
        return table;
    }

    private void reload() {
        Session s = state.getSession();
        if (s == null) {
            shownFrom = null;
            table.clear();
            return;
        }
        RecordFilter f = RecordFilter.ALL.withAsOf(state.getAsOf());
        long count = s.counts().getOrDefault(RecordKind.DEALS, 0L);
        // a new day, or an edit (the same file's session after it): the rows shown stay where they are
        boolean newDay = s.sameFile(shownFrom) && table.total() > 0;
        shownFrom = s;
        DealRepository deals = s.repositories().deals();
        if (count > pagedAbove) {
            // on a new day the rows in view are read again at once and stay shown while the keys are; a new
            // database shows its first page
            table.loadPaged(
                    "Loading seat deals",
                    count,
                    newDay && table.paged() ? null : sink -> deals.forEachDeal(f, Long.MIN_VALUE, FIRST_PAGE, sink),
                    (after, limit, sink) -> deals.forEachDeal(f, after, limit, sink),
                    ids -> {
                        List<SeatDeal> rows = new ArrayList<>(ids.size());
                        deals.forEachDeal(f, ids, rows::add);
                        return rows;
                    });
        } else if (newDay) {
            // the rows in view first (a few hundred, at once), then every row again for the filters and the sort;
            // the rows stay shown meanwhile. A failure here is the full load's to report.
            List<Long> ids = table.rowsInView().stream().map(SeatDeal::id).toList();
            if (!ids.isEmpty()) {
                // keyed by this view-model: a newer day replaces it (the table's own loads have their own key)
                tasks.run(
                        this,
                        "Updating the deals in view",
                        () -> {
                            List<SeatDeal> fresh = new ArrayList<>();
                            s.repositories().deals().forEachDeal(f, ids, fresh::add);
                            return fresh;
                        },
                        table::updateInView,
                        e -> {});
            }
            table.load(
                    "Loading seat deals",
                    count,
                    sink -> s.repositories().deals().forEachDeal(f, sink));
        } else {
            table.load("Loading seat deals", sink -> s.repositories().deals().forEachDeal(f, sink));
        }
    }
}
