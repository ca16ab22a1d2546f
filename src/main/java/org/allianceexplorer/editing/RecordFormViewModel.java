package org.allianceexplorer.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DateText;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;
import org.allianceexplorer.domain.edit.FieldProblem;
import org.allianceexplorer.domain.edit.FieldRules;

/**
 * The form that adds or changes a record of any kind, made from the kind's fields ({@link EditKind#fields()}):
 * pickers that look up the linked records as the analyst types, dates in any form {@code DateInput} reads with
 * their precision, each field checked as typed by the rules the edit service applies ({@link FieldRules}), and
 * the source the fact cites, picked or made inline. Save is on only when the record can be saved (and, for a
 * change, when something changed or a source is added); saving is one transaction, and the record is shown.
 */
public final class RecordFormViewModel {

    private static final I18n.Messages T = I18n.of(RecordFormViewModel.class);

    /** Records a picker offers at once. */
    static final int PICKER_ROWS = 40;

    private final AppState state;
    private final TaskRunner tasks;
    private final EditCommands edits;
    private final EditKind kind;
    private final Long id;
    private final Map<String, String> preset;
    private final List<FieldInput> inputs = new ArrayList<>();
    /** A new deal's first claim: what the report says and when. */
    private final List<FieldInput> firstClaim = new ArrayList<>();

    private final BooleanProperty newSource = new SimpleBooleanProperty(this, "newSource");
    private final FieldInput citedSource =
            new FieldInput(new Field("source", T.t("cite.pick"), Field.Type.LINK, false, EditKind.SOURCE, null));
    private final StringProperty outlet = new SimpleStringProperty(this, "outlet", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty published = new SimpleStringProperty(this, "published", "");
    private final StringProperty quotation = new SimpleStringProperty(this, "quotation", "");
    private final ReadOnlyStringWrapper citeProblem = new ReadOnlyStringWrapper(this, "citeProblem", "");
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper(this, "formProblem", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    /** The record as loaded, normalised: a change saves only the fields that differ from it. */
    private Map<String, String> original = Map.of();
    /**
     * The record as stored when the form opened: a save is refused if it changed since (another editor's change is
     * never overwritten unseen).
     */
    private Map<String, String> seen;
    /** Why the form could not be filled (the record was deleted meanwhile, the file is gone). */
    private String loadProblem = "";
    /** What the edit service refused at the last Save, by field ({@code null}: the record); cleared by any change. */
    private Map<String, String> refused = new HashMap<>();

    /** A form that adds a record of {@code kind}, with some fields given ({@code preset}: names to values). */
    public static RecordFormViewModel add(
            AppState state, TaskRunner tasks, EditCommands edits, EditKind kind, Map<String, String> preset) {
        return new RecordFormViewModel(state, tasks, edits, kind, null, preset);
    }

    /** A form that changes record {@code id} of {@code kind}. */
    public static RecordFormViewModel change(
            AppState state, TaskRunner tasks, EditCommands edits, EditKind kind, long id) {
        return new RecordFormViewModel(state, tasks, edits, kind, id, Map.of());
    }

    private RecordFormViewModel(
            AppState state, TaskRunner tasks, EditCommands edits, EditKind kind, Long id, Map<String, String> preset) {
        if (kind == EditKind.CITATION) {
            throw new IllegalArgumentException("a citation is added through the form of the record it backs");
        }
        this.state = state;
        this.tasks = tasks;
        this.edits = edits;
        this.kind = kind;
        this.id = id;
        this.preset = preset == null ? Map.of() : Map.copyOf(preset);
        for (Field f : kind.fields()) {
            inputs.add(new FieldInput(f));
        }
        if (kind == EditKind.DEAL && id == null) {
            firstClaim.add(new FieldInput(EditKind.CLAIM.field("status").orElseThrow()));
            firstClaim.add(new FieldInput(EditKind.CLAIM.field("date").orElseThrow()));
            firstClaim.get(0).textProperty().set("reported");
        }
        heading.set(T.t(id == null ? "form.heading.add" : "form.heading.change", KindNames.kind(kind)));
        List<FieldInput> all = new ArrayList<>(inputs);
        all.addAll(firstClaim);
        all.add(citedSource);
        for (FieldInput in : all) {
            in.textProperty().addListener((o, a, b) -> touched());
            in.queryProperty().addListener((o, a, b) -> {
                touched();
                lookup(in, b);
            });
        }
        List.of(outlet, title, url, published, quotation).forEach(p -> p.addListener((o, a, b) -> touched()));
        newSource.addListener((o, a, b) -> touched());
        check();
    }

    public EditKind kind() {
        return kind;
    }

    /** True for a form that adds a record; false when it changes one. */
    public boolean adds() {
        return id == null;
    }

    public List<FieldInput> inputs() {
        return inputs;
    }

    /** A new deal's first claim (status and date); empty for other forms. */
    public List<FieldInput> firstClaim() {
        return firstClaim;
    }

    public Optional<FieldInput> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * Fills the form in the background: a change from the stored record, an add from its preset values; the
     * links show what they point to ("MQM-P  —  Muttahida…"), not their ids.
     */
    public void load() {
        Session s = state.getSession();
        if (s == null || !s.editable()) {
            loadProblem = T.t("form.readOnly");
            check();
            return;
        }
        EditRepository r = s.editing().edits();
        record Loaded(Map<String, String> values, Map<String, List<Choice>> links, Map<String, String> stored) {}
        tasks.run(
                T.t("form.opening", KindNames.kind(kind)),
                () -> {
                    Map<String, String> values = new LinkedHashMap<>(preset);
                    Map<String, String> stored = id == null
                            ? null
                            : r.values(kind, id)
                                    .orElseThrow(() ->
                                            new IllegalStateException(T.t("form.gone", KindNames.kind(kind), id)));
                    if (stored != null) {
                        values.putAll(stored);
                    }
                    Map<String, List<Choice>> links = new HashMap<>();
                    for (Field f : kind.fields()) {
                        String v = values.get(f.name());
                        if ((f.type() == Field.Type.LINK || f.type() == Field.Type.LINKS)
                                && v != null
                                && !v.isBlank()) {
                            List<Choice> found = new ArrayList<>();
                            for (String part : v.split(";")) {
                                r.choice(f.ref(), Long.parseLong(part.strip())).ifPresent(found::add);
                            }
                            links.put(f.name(), found);
                        }
                    }
                    return new Loaded(values, links, stored);
                },
                l -> {
                    for (FieldInput in : inputs) {
                        List<Choice> links = l.links().get(in.name());
                        switch (in.field().type()) {
                            case LINK ->
                                in.choiceProperty().set(links == null || links.isEmpty() ? null : links.get(0));
                            case LINKS -> in.chosen().setAll(links == null ? List.of() : links);
                            default ->
                                in.textProperty()
                                        .set(shown(in.field(), l.values().get(in.name())));
                        }
                    }
                    original = id == null
                            ? Map.of()
                            : FieldRules.check(kind, l.values()).values();
                    seen = l.stored();
                    if (id != null) {
                        heading.set(T.t("form.heading.changeRecord", KindNames.kind(kind), display(l.values())));
                    }
                    loaded.set(true);
                    check();
                },
                e -> {
                    loadProblem = e.getMessage();
                    check();
                });
    }

    /** A stored value as the form shows it: a flag as yes/no, the rest as stored. */
    private static String shown(Field f, String v) {
        if (v == null) {
            return "";
        }
        return f.type() == Field.Type.FLAG ? ("1".equals(v) ? "yes" : "no") : v;
    }

    private String display(Map<String, String> v) {
        String key = kind.keyField() == null ? null : v.get(kind.keyField());
        return key != null && !key.isBlank() ? key : "#" + id;
    }

    /** True for the key field a new record may leave empty: the edit service makes one. */
    public boolean madeIfEmpty(String field) {
        return "code".equals(field) && kind.field("code").map(Field::required).orElse(false);
    }

    /** Offers the records matching what is typed in a picker now (when it gets the focus or Down is pressed). */
    public void suggest(FieldInput in) {
        lookup(in, in.queryProperty().get());
    }

    /** The records matching the words typed in a picker (latest words win), narrowed by the form's other links. */
    private void lookup(FieldInput in, String words) {
        Session s = state.getSession();
        if (s == null || !s.editable() || in.field().ref() == null) {
            return;
        }
        Map<String, Long> within = new HashMap<>();
        for (FieldInput other : inputs) {
            if (other != in
                    && other.field().type() == Field.Type.LINK
                    && other.choiceProperty().get() != null) {
                within.put(other.name(), other.choiceProperty().get().id());
            }
        }
        EditRepository r = s.editing().edits();
        tasks.run(
                in,
                null, // quiet: it runs on every key typed
                () -> r.lookup(in.field().ref(), words, within, PICKER_ROWS),
                in.suggestions()::setAll,
                e -> in.suggestions().clear());
    }

    /** The values to save, by field name (as typed; dates in ISO form). */
    private Map<String, String> values(List<FieldInput> list) {
        Map<String, String> v = new LinkedHashMap<>();
        list.forEach(in -> v.put(in.name(), in.value()));
        return v;
    }

    /** Something was typed or picked: what the last Save was refused for may no longer hold. */
    private void touched() {
        refused.clear();
        check();
    }

    private void refusedWith(EditRejected r) {
        Map<String, String> m = new HashMap<>();
        for (FieldProblem p : r.problems()) {
            String field = p.field() != null && input(p.field()).isPresent() ? p.field() : null;
            m.merge(field, p.message(), (a, b) -> a + "; " + b);
        }
        refused = m;
        check();
    }

    private void check() {
        FieldRules.Checked c = FieldRules.check(kind, values(inputs));
        Map<String, String> problems = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldProblem p : c.problems()) {
            if (id == null
                    && madeIfEmpty(p.field())
                    && input(p.field()).get().value().isEmpty()) {
                continue; // a new record's key left empty is made by the edit service ("event-12")
            }
            if (p.field() != null && input(p.field()).isPresent()) {
                problems.putIfAbsent(p.field(), p.message());
            } else {
                general.add(p.message());
            }
        }
        for (FieldInput in : inputs) {
            in.setProblem(
                    in.pending()
                            ? T.t("problem.pick", KindNames.kind(in.field().ref()))
                            : problems.getOrDefault(in.name(), refused.get(in.name())));
        }
        boolean claimOk = true;
        if (!firstClaim.isEmpty()) {
            Map<String, String> v = values(firstClaim);
            String status = v.get("status");
            firstClaim.get(0).setProblem(status.isEmpty() ? T.t("problem.status") : "");
            // empty: today
            firstClaim
                    .get(1)
                    .setProblem(dateProblem(
                            T.t("problem.date.label"),
                            firstClaim.get(1).textProperty().get()));
            claimOk =
                    firstClaim.stream().allMatch(i -> i.problemProperty().get().isEmpty());
        }
        boolean changed = id == null || !changedFields(c.values()).isEmpty();
        String cite = citeProblem(changed);
        citeProblem.set(cite);
        if (refused.containsKey(null)) {
            general.add(0, T.t("problem.notSaved", refused.get(null)));
        }
        formProblem.set(!loadProblem.isEmpty() ? loadProblem : general.isEmpty() ? "" : general.get(0));
        boolean fieldsOk = c.problems().stream()
                        .allMatch(p -> id == null
                                && madeIfEmpty(p.field())
                                && input(p.field()).get().value().isEmpty())
                && inputs.stream().noneMatch(FieldInput::pending);
        boolean somethingToSave = changed || (kind.cites() && cite.isEmpty() && citeGiven());
        valid.set(refused.isEmpty()
                && (id == null || loaded.get())
                && fieldsOk
                && claimOk
                && cite.isEmpty()
                && somethingToSave);
    }

    /** What is wrong with the source the fact cites; empty when it is fine (or when none is needed). */
    private String citeProblem(boolean changed) {
        boolean needs = kind.cites();
        if (!needs || (!changed && !citeGiven())) {
            return "";
        }
        if (!newSource.get()) {
            if (citedSource.pending()) {
                return T.t("problem.pickSource");
            }
            return citedSource.choiceProperty().get() == null ? T.t("problem.citeSource") : "";
        }
        boolean hasUrl = !url.get().isBlank();
        if (!hasUrl && outlet.get().isBlank()) {
            return T.t("problem.outletOrUrl");
        }
        if (hasUrl && !url.get().strip().matches("(?i)https?://\\S+")) {
            return T.t("problem.url");
        }
        String day = dateProblem(T.t("source.published"), published.get());
        if (!day.isEmpty()) {
            return day;
        }
        if (quotation.get().isBlank()) {
            return T.t("problem.quotation");
        }
        return "";
    }

    /** What is wrong with an optional date as typed ("Date: not a date ..."), or nothing (also when empty). */
    private static String dateProblem(String label, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        DateInput.Result r = DateInput.parse(text, Locale.getDefault());
        return r.ok() ? "" : T.t("problem.date", label, DateText.problem(r));
    }

    private boolean citeGiven() {
        return newSource.get()
                ? !(url.get().isBlank()
                        && outlet.get().isBlank()
                        && quotation.get().isBlank())
                : citedSource.choiceProperty().get() != null;
    }

    /** The fields whose normalised value differs from the record as loaded. */
    private Map<String, String> changedFields(Map<String, String> now) {
        Map<String, String> out = new LinkedHashMap<>();
        now.forEach((k, v) -> {
            if (!Objects.equals(v, original.get(k))) {
                out.put(k, v == null ? "" : v);
            }
        });
        return out;
    }

    private Cite cite() {
        if (!citeGiven()) {
            return null;
        }
        if (!newSource.get()) {
            return Cite.source(citedSource.choiceProperty().get().id());
        }
        String day = published.get().isBlank()
                ? null
                : DateInput.parse(published.get(), Locale.getDefault())
                        .value()
                        .map(d -> d.iso())
                        .orElse(null);
        return new Cite.NewSource(
                blankToNull(outlet.get()),
                blankToNull(title.get()),
                blankToNull(url.get()),
                day,
                quotation.get().strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Saves the record (one transaction); then it is shown in the detail pane and {@code whenSaved} runs. */
    public void save(Runnable whenSaved) {
        if (!valid.get()) {
            return;
        }
        Cite cite = cite();
        String editor = edits.editor();
        if (id == null) {
            Map<String, String> fields = new LinkedHashMap<>();
            values(inputs).forEach((k, v) -> {
                if (!v.isEmpty()) {
                    fields.put(k, v);
                }
            });
            values(firstClaim).forEach((k, v) -> {
                if (!v.isEmpty()) {
                    fields.put(k, v);
                }
            });
            edits.apply(
                    T.t("form.adding", KindNames.kind(kind)),
                    r -> r.add(kind, fields, cite, editor),
                    edit -> {
                        show(edit.insertedId(kind.table()), edit);
                        whenSaved.run();
                    },
                    this::refusedWith);
        } else {
            Map<String, String> fields =
                    changedFields(FieldRules.check(kind, values(inputs)).values());
            edits.apply(
                    T.t("form.saving", KindNames.kind(kind)),
                    r -> r.change(kind, id, fields, seen, cite, editor),
                    edit -> {
                        show(id, edit);
                        whenSaved.run();
                    },
                    this::refusedWith);
        }
    }

    /** Shows the saved record, or for a kind without a page of its own the record it belongs to. */
    private void show(long recordId, Edit edit) {
        Optional<RecordRef> ref = kind.shownAs().map(k -> new RecordRef(k, recordId, null));
        if (ref.isEmpty()) {
            for (FieldInput in : inputs) {
                Choice owner = in.choiceProperty().get();
                if (owner != null
                        && in.field().ref() != null
                        && in.field().ref().shownAs().isPresent()) {
                    ref = Optional.of(new RecordRef(in.field().ref().shownAs().get(), owner.id(), owner.key()));
                    break;
                }
            }
        }
        ref.ifPresent(r -> state.navigation().go(r));
    }

    /** The heading: "Add party", "Change alliance PDM". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** True when the form can be saved. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True once a change form shows the stored record. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when the form cites a new source typed in it; false when it picks a stored one. */
    public BooleanProperty newSourceProperty() {
        return newSource;
    }

    /** True when a new or changed record of this kind must cite a source (a deal: its first claim does). */
    public boolean cites() {
        return kind.cites();
    }

    /** The stored source the fact cites (a picker over the sources). */
    public FieldInput citedSource() {
        return citedSource;
    }

    public StringProperty outletProperty() {
        return outlet;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty publishedProperty() {
        return published;
    }

    public StringProperty quotationProperty() {
        return quotation;
    }

    /** What is wrong with the source: empty when it is fine. */
    public ReadOnlyStringProperty citeProblemProperty() {
        return citeProblem.getReadOnlyProperty();
    }

    /** What is wrong with the record as a whole, or why it cannot be opened. */
    public ReadOnlyStringProperty formProblemProperty() {
        return formProblem.getReadOnlyProperty();
    }
}
