package org.allianceexplorer.deals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WhenShown;
import org.allianceexplorer.data.Repositories.DealRepository;
import org.allianceexplorer.domain.ClaimStatus;
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

    private static final I18n.Messages T = I18n.of(DealsViewModel.class);

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
        WhenShown.reloading(state, "deals", this::reload);
    }

    static RecordTableSpec<SeatDeal> spec() {
        // each status's word, read once (a million deals' table asks for it once a row)
        Map<ClaimStatus, String> statuses = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus c : ClaimStatus.values()) {
            statuses.put(c, T.name("claimStatus", c));
        }
        // the columns a reader needs first come first: at 1280 pixels they are all in view, the rest to the right
        return new RecordTableSpec<>(
                RecordKind.DEALS,
                List.of(
                        RecordColumn.<SeatDeal>text("seat", T.t("column.seat"), 80, SeatDeal::seat)
                                .whole(),
                        RecordColumn.<SeatDeal>text("assembly", T.t("column.assembly"), 80, SeatDeal::assembly)
                                .hidden()
                                .tooltip(T.t("column.assembly.tip")),
                        RecordColumn.<SeatDeal>text("giver", T.t("column.giver"), 85, SeatDeal::giver)
                                .whole()
                                .tooltip(T.t("column.giver.tip")),
                        RecordColumn.<SeatDeal>text("receiver", T.t("column.receiver"), 85, SeatDeal::receiver)
                                .whole()
                                .tooltip(T.t("column.receiver.tip")),
                        RecordColumn.<SeatDeal>text("candidate", T.t("column.candidate"), 170, SeatDeal::candidate),
                        RecordColumn.<SeatDeal>text(
                                        "status",
                                        T.t("column.status"),
                                        95,
                                        d -> d.status() == null ? null : statuses.get(d.status()))
                                .whole()
                                .tooltip(T.t("column.status.tip")),
                        RecordColumn.<SeatDeal>text(
                                        "outcome", T.t("column.outcome"), 165, d -> d.ofOutcome(Outcome::label))
                                .cell(DealsViewModel::outcomeText, DealsViewModel::outcomeOrder)
                                .whole()
                                .csvNumber(T.t("csv.margin"), d -> d.ofOutcome(Outcome::margin))
                                .csvNumber(T.t("csv.receiverVotes"), d -> d.ofOutcome(Outcome::receiverVotes))
                                .tooltip(T.t("column.outcome.tip")),
                        RecordColumn.<SeatDeal>text("effect", T.t("column.effect"), 95, DealsViewModel::effectText)
                                .whole()
                                .tooltip(T.t("column.effect.tip")),
                        RecordColumn.<SeatDeal>date("since", T.t("column.since"), 105, SeatDeal::statusDate)
                                .tooltip(T.t("column.since.tip")),
                        RecordColumn.<SeatDeal>text("election", T.t("column.election"), 140, SeatDeal::election),
                        RecordColumn.<SeatDeal>number("claims", T.t("column.claims"), 70, SeatDeal::claims)
                                .hidden()
                                .tooltip(T.t("column.claims.tip")),
                        RecordColumn.<SeatDeal>number(
                                        "giverVotes",
                                        T.t("column.giverVotes"),
                                        100,
                                        d -> d.ofOutcome(Outcome::giverVotes))
                                .hidden()
                                .tooltip(T.t("column.giverVotes.tip")),
                        RecordColumn.<SeatDeal>number(
                                        "giverEstimate",
                                        T.t("column.giverEstimate"),
                                        120,
                                        d -> d.ofOutcome(Outcome::giverEstimate))
                                .hidden()
                                .tooltip(T.t("column.giverEstimate.tip")),
                        RecordColumn.<SeatDeal>text(
                                        "basis",
                                        T.t("column.basis"),
                                        110,
                                        d -> d.ofOutcome(o -> o.basis() == null ? OfficialCount.LISTED : o.basis()))
                                .hidden()
                                .tooltip(T.t("column.basis.tip"))),
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
        return T.t(o.won() ? "outcome.cell.won" : "outcome.cell.lost", Math.abs(o.margin()))
                + (o.basis() == null ? "" : I18n.aside(o.basis()));
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
                    T.t("loading"),
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
                        T.t("updating"),
                        () -> {
                            List<SeatDeal> fresh = new ArrayList<>();
                            s.repositories().deals().forEachDeal(f, ids, fresh::add);
                            return fresh;
                        },
                        table::updateInView,
                        e -> {});
            }
            table.load(T.t("loading"), count, sink -> s.repositories().deals().forEachDeal(f, sink));
        } else {
            table.load(T.t("loading"), sink -> s.repositories().deals().forEachDeal(f, sink));
        }
    }
}
