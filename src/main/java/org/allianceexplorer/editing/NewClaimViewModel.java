package org.allianceexplorer.editing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DateText;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Constituency;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.NewClaim;

/**
 * The daily task in twenty seconds: "today Dawn reports that X withdrew for Y at NA-123". Seat, giver,
 * receiver, candidate (suggested from the results), status, date (today by default), source URL, outlet and
 * quotation; checked as typed (a message per field, Save only when all is well). Saving creates the deal if
 * it is new or adds the claim to the one there is, and selects it: the tables, timeline, graph and charts
 * show it at once.
 */
public final class NewClaimViewModel {

    private static final I18n.Messages T = I18n.of(NewClaimViewModel.class);

    private final AppState state;
    private final TaskRunner tasks;
    private final EditCommands edits;
    private final ObservableList<Choice> elections = FXCollections.observableArrayList();
    private final ObservableList<Choice> seats = FXCollections.observableArrayList();
    private final ObservableList<Choice> parties = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> election = new SimpleObjectProperty<>(this, "election");
    private final ObjectProperty<Choice> seat = new SimpleObjectProperty<>(this, "seat");
    private final ObjectProperty<Choice> giver = new SimpleObjectProperty<>(this, "giver");
    private final ObjectProperty<Choice> receiver = new SimpleObjectProperty<>(this, "receiver");
    private final StringProperty candidate = new SimpleStringProperty(this, "candidate", "");
    private final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>(this, "status", ClaimStatus.REPORTED);
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty outlet = new SimpleStringProperty(this, "outlet", "");
    private final StringProperty quotation = new SimpleStringProperty(this, "quotation", "");
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final BooleanBinding valid;
    /** The candidate as last suggested: a name the user typed is never overwritten. */
    private String suggested = "";

    public NewClaimViewModel(AppState state, TaskRunner tasks, EditCommands edits, LocalDate today) {
        this.state = state;
        this.tasks = tasks;
        this.edits = edits;
        date.set(today.toString());
        for (String f : List.of("election", "seat", "giver", "receiver", "status", "date", "source")) {
            problems.put(f, new ReadOnlyStringWrapper(this, f + "Problem", ""));
        }
        List.of(election, seat, giver, receiver, status).forEach(p -> p.addListener((o, a, b) -> check()));
        List.of(date, url, outlet, quotation).forEach(p -> p.addListener((o, a, b) -> check()));
        List.of(election, seat, receiver).forEach(p -> p.addListener((o, a, b) -> suggest()));
        valid = Bindings.createBooleanBinding(
                () -> problems.values().stream().allMatch(p -> p.get().isEmpty()),
                problems.values().toArray(new ReadOnlyStringWrapper[0]));
        check();
    }

    /** Fills the pickers from the open database (in the background); the latest election is chosen. */
    public void load() {
        Session s = state.getSession();
        if (s == null) {
            return;
        }
        tasks.run(
                T.t("claim.loading"),
                () -> Choices.of(s.repositories()),
                c -> {
                    elections.setAll(c.elections());
                    seats.setAll(c.seats());
                    parties.setAll(c.parties());
                    if (election.get() == null && !elections.isEmpty()) {
                        election.set(elections.get(elections.size() - 1));
                    }
                },
                e -> {});
    }

    /** What the pickers offer: elections by polling day, seats by code, parties by abbreviation. */
    record Choices(List<Choice> elections, List<Choice> seats, List<Choice> parties) {
        static Choices of(Repositories r) {
            List<Choice> elections = r.elections().elections(RecordFilter.ALL).stream()
                    .map(NewClaimViewModel::choice)
                    .toList();
            List<Choice> seats = r.elections().constituencies(RecordFilter.ALL).stream()
                    .map(NewClaimViewModel::choice)
                    .toList();
            List<Choice> parties = r.parties().parties(RecordFilter.ALL).stream()
                    .sorted(Comparator.comparing(Party::abbreviation, String.CASE_INSENSITIVE_ORDER))
                    .map(NewClaimViewModel::choice)
                    .toList();
            return new Choices(elections, seats, parties);
        }
    }

    static Choice choice(Election e) {
        return new Choice(
                e.id(),
                e.code(),
                e.name()
                        + (e.pollingDay() == null
                                ? ""
                                : " \u00b7 " + e.pollingDay().display()));
    }

    static Choice choice(Constituency c) {
        return new Choice(
                c.id(), c.code(), c.code() + (c.name() == null || c.name().isBlank() ? "" : "  " + c.name()));
    }

    static Choice choice(Party p) {
        return new Choice(
                p.id(), p.abbreviation(), p.abbreviation() + (p.name() == null ? "" : "  \u2014  " + p.name()));
    }

    /** The receiver's candidate in that seat, from the results, unless the user typed another name. */
    private void suggest() {
        Session s = state.getSession();
        Choice e = election.get();
        Choice c = seat.get();
        Choice r = receiver.get();
        if (s == null || !s.editable() || e == null || c == null || r == null) {
            return;
        }
        tasks.run(
                this,
                T.t("claim.lookingUp"),
                () -> s.editing().edits().suggestCandidate(e.id(), c.id(), r.id()),
                found -> {
                    if (candidate.get().isBlank() || candidate.get().equals(suggested)) {
                        suggested = found.map(x -> x.name()).orElse("");
                        candidate.set(suggested);
                    }
                },
                x -> {});
    }

    private void check() {
        set("election", election.get() == null ? T.t("claim.problem.election") : "");
        set("seat", seat.get() == null ? T.t("claim.problem.seat") : "");
        set("giver", giver.get() == null ? T.t("claim.problem.giver") : "");
        set(
                "receiver",
                receiver.get() == null
                        ? T.t("claim.problem.receiver")
                        : giver.get() != null
                                        && giver.get().id() == receiver.get().id()
                                ? T.t("claim.problem.same")
                                : "");
        set("status", status.get() == null ? T.t("claim.problem.status") : "");
        String d = date.get() == null ? "" : date.get().strip();
        set(
                "date",
                d.isEmpty()
                        ? T.t("claim.problem.date")
                        : parsedDate().isPresent() ? "" : DateText.problem(DateInput.parse(d, Locale.getDefault())));
        boolean hasUrl = !url.get().isBlank();
        String sourceProblem = "";
        if (!hasUrl && outlet.get().isBlank()) {
            sourceProblem = T.t("claim.problem.source");
        } else if (hasUrl && !url.get().strip().matches("(?i)https?://\\S+")) {
            sourceProblem = T.t("problem.url");
        } else if (quotation.get().isBlank()) {
            sourceProblem = T.t("claim.problem.quotation");
        }
        set("source", sourceProblem);
    }

    private void set(String field, String message) {
        problems.get(field).set(message);
    }

    /** What is wrong with a field ({@code election}, {@code seat}, ..., {@code source}); empty when it is fine. */
    public ReadOnlyStringProperty problemProperty(String field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** True when the claim can be saved. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Saves the claim (one transaction); then the deal is selected and the dialog may close. */
    public void save(Runnable whenSaved) {
        if (!valid.get()) {
            return;
        }
        NewClaim claim = new NewClaim(
                election.get().id(),
                seat.get().id(),
                giver.get().id(),
                receiver.get().id(),
                candidate.get().isBlank() ? null : candidate.get().strip(),
                status.get(),
                parsedDate().orElse(null),
                url.get().isBlank() ? null : url.get().strip(),
                outlet.get().isBlank() ? null : outlet.get().strip(),
                quotation.get().strip());
        String seatCode = seat.get().key();
        edits.apply(T.t("claim.saving"), r -> r.newClaim(claim, edits.editor()), edit -> {
            long deal = edit.insertedId("seat_deal");
            long claimDeal = deal >= 0 ? deal : dealOf(edit);
            if (claimDeal >= 0) {
                state.navigation().go(new RecordRef(RecordKind.DEALS, claimDeal, seatCode));
            }
            whenSaved.run();
        });
    }

    /** The deal a claim was added to (when the deal was there already). */
    private static long dealOf(Edit edit) {
        return edit.changes().stream()
                .filter(c -> c.table().equals("deal_claim") && c.after() != null)
                .map(c -> c.after().get("deal_id"))
                .filter(v -> v != null)
                .mapToLong(v -> Long.parseLong(v.toString()))
                .findFirst()
                .orElse(-1);
    }

    private Optional<PartialDate> parsedDate() {
        return DateInput.parse(date.get(), Locale.getDefault()).value();
    }

    public ObservableList<Choice> elections() {
        return elections;
    }

    public ObservableList<Choice> seats() {
        return seats;
    }

    public ObservableList<Choice> parties() {
        return parties;
    }

    public ObjectProperty<Choice> electionProperty() {
        return election;
    }

    public ObjectProperty<Choice> seatProperty() {
        return seat;
    }

    public ObjectProperty<Choice> giverProperty() {
        return giver;
    }

    public ObjectProperty<Choice> receiverProperty() {
        return receiver;
    }

    public StringProperty candidateProperty() {
        return candidate;
    }

    public ObjectProperty<ClaimStatus> statusProperty() {
        return status;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty outletProperty() {
        return outlet;
    }

    public StringProperty quotationProperty() {
        return quotation;
    }
}
