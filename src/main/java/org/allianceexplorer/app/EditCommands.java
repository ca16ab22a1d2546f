package org.allianceexplorer.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.UndoStack;

/**
 * The Edit menu's commands: open the database for editing (a bundled dataset only as a copy), apply an edit
 * in the background and show it everywhere, Undo and Redo with the edit's name, and notice another writer's
 * changes. Databases open read-only; editing is an explicit step. Every edit is one transaction committed at
 * once (there is no Save); a refused edit writes nothing and says why.
 */
public final class EditCommands {

    private static final I18n.Messages T = I18n.of(EditCommands.class);

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack stack = new UndoStack();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", T.t("edit.undo"));
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", T.t("edit.redo"));
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final BooleanBinding editable;
    private final BooleanBinding mayEdit;
    private String editor = Editing.defaultEditor();
    private Runnable newClaimDialog;
    private RecordForms forms;
    private Settings settings = Settings.memory();
    private long dataVersion = -1;
    /** The open team database's server could not be reached at the last poll (the window said so once). */
    private boolean away;

    public EditCommands(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.editable = Bindings.createBooleanBinding(
                () -> state.getSession() != null && state.getSession().editable(), state.sessionProperty());
        this.mayEdit = Bindings.createBooleanBinding(
                () -> state.getSession() != null && state.getSession().mayEdit(), state.sessionProperty());
        state.sessionProperty().addListener((o, a, b) -> {
            if (a == null || !a.sameFile(b) || !b.followsOthers()) {
                // another database, or the same one read-only again: its edits are not ours to undo
                stack.clear();
                dataVersion = -1;
                away = false;
            }
            // Undo and Redo are offered while the database is open for editing (an import made while it was
            // read-only is undone once it is opened for editing)
            labels();
            // the same file after an edit keeps its baseline: our own commits do not move data_version, so a
            // change by another program made meanwhile is still noticed at the next poll
        });
    }

    /** True while the open database is open for editing (the window shows it). */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /**
     * False while the open database may not be edited by this user at all (a team database whose server lets them
     * only read): the window then offers no editing. True with no database open.
     */
    public BooleanBinding mayEditProperty() {
        return mayEdit;
    }

    /** The name history rows carry (the preferences may set it; the OS user name by default). */
    public void setEditor(String name) {
        this.editor = name == null || name.isBlank() ? Editing.defaultEditor() : name.strip();
    }

    /**
     * Edit > Your name in the history…: asks for the name the history records for this window's edits (empty:
     * the operating system's user name) and remembers it in {@code settings}.
     */
    public void askEditor() {
        dialogs.askText(T.t("editor.title"), T.t("editor.text", Editing.defaultEditor()), editor)
                .ifPresent(name -> {
                    setEditor(name);
                    if (name.isBlank()) {
                        settings.remove(EDITOR_SETTING);
                    } else {
                        settings.put(EDITOR_SETTING, editor);
                    }
                    state.announce(Notice.info(T.t("editor.done", editor)));
                });
    }

    /** Keeps the editor's name in {@code where} (the window's settings) and takes the one remembered there. */
    public void rememberIn(Settings where) {
        this.settings = where;
        setEditor(where.get(EDITOR_SETTING, null));
    }

    /** The setting that keeps the editor's name. */
    static final String EDITOR_SETTING = "editing.editor";

    public String editor() {
        return editor;
    }

    /**
     * Edit > Edit this database: opens the file again for editing (a team database: a connection that may write, as
     * the same user). A bundled dataset is never edited in place: it asks where to save a copy, and opens the copy
     * for editing. A reader of a team database is told that they may only read it.
     */
    public void startEditing() {
        Session s = state.getSession();
        if (s == null || s.editable()) {
            return;
        }
        if (refusedToReader(s)) {
            return;
        }
        if (s.database().bundled()) {
            saveCopyToEdit();
            return;
        }
        tasks.run(
                T.t("editing.opening", s.name()),
                () -> Opened.of(Session.forEditing(s.database())),
                o -> opened(s, o, T.t("editing.opened", o.session().name())),
                e -> dialogs.showError(T.t("editing.failed"), e.getMessage()));
    }

    /** Edit > Edit this database, unticked: the database is open read-only again. */
    public void stopEditing() {
        Session s = state.getSession();
        if (s == null || !s.editable()) {
            return;
        }
        String name = s.name();
        tasks.run(
                T.t("editing.closing", name),
                () -> Session.readOnly(s),
                readOnly -> replace(s, readOnly, T.t("editing.closed", name)),
                e -> dialogs.showError(T.t("editing.reopenFailed"), e.getMessage()));
    }

    /** File > Save a copy to edit…: a copy of the open database, opened for editing. */
    public void saveCopyToEdit() {
        Session s = state.getSession();
        if (s == null) {
            return;
        }
        String suggested = s.name()
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "")
                .toLowerCase(Locale.ROOT);
        dialogs.chooseNewDatabase(T.t("editCopy.title"), suggested)
                .ifPresent(target -> tasks.run(
                        T.t("editCopy.running"),
                        () -> {
                            s.database().saveCopy(target);
                            return Opened.of(Session.forEditing(Database.openReadOnly(target)));
                        },
                        o -> opened(s, o, T.t("editCopy.done", target.getFileName())),
                        e -> dialogs.showError(T.t("editCopy.failed"), e.getMessage())));
    }

    /**
     * Applies one edit in the background; when it committed, every view shows it (the session is counted
     * again) and {@code after} runs with it (e.g. to select the new record). Refused: a dialog says why,
     * nothing was written.
     */
    public void apply(String title, Function<EditRepository, Edit> edit, Consumer<Edit> after) {
        apply(title, edit, after, null);
    }

    /**
     * As {@link #apply(String, Function, Consumer)}; a refused edit goes to {@code refused} (a form shows each
     * problem beside its field) instead of a dialog. A file that cannot be written still gets a dialog.
     */
    public void apply(
            String title, Function<EditRepository, Edit> edit, Consumer<Edit> after, Consumer<EditRejected> refused) {
        if (!writable()) {
            return;
        }
        run(
                title,
                state.getSession(),
                r -> edit.apply(r),
                done -> {
                    stack.done(done);
                    labels();
                    after.accept(done);
                },
                refused);
    }

    /** Edit > Undo: undoes the last edit made in this window (one transaction, recorded in the history). */
    public void undo() {
        stack.nextUndo().ifPresent(entry -> undoEdit(entry.editId(), entry.label()));
    }

    /**
     * History > Undo: undoes an edit of the history, one made in this window, in an earlier session or elsewhere (an
     * import on the command line), as one new edit recorded as an undo; refused, nothing written, where one of its
     * records changed since. The last edit of this window's Undo moves to Redo; any other's undo becomes the edit
     * Edit > Undo undoes next.
     */
    public void undoEdit(long editId, String label) {
        Session s = state.getSession();
        if (s == null || !s.editable()) {
            return;
        }
        Optional<UndoStack.Entry> last = stack.nextUndo().filter(x -> x.editId() == editId);
        run(T.t("edit.undoing", label), s, r -> r.undo(editId, editor), done -> {
            if (last.isPresent()) {
                stack.undone(last.get());
            } else {
                stack.done(done);
            }
            labels();
        });
    }

    /** Edit > Redo: makes the last undone edit again. */
    public void redo() {
        Session s = state.getSession();
        stack.nextRedo()
                .filter(x -> s != null && s.editable())
                .ifPresent(entry ->
                        run(T.t("edit.redoing", entry.label()), s, r -> r.redo(entry.editId(), editor), done -> {
                            stack.redone(entry);
                            labels();
                        }));
    }

    private void run(String title, Session s, Function<EditRepository, Edit> edit, Consumer<Edit> after) {
        run(title, s, edit, after, null);
    }

    private void run(
            String title,
            Session s,
            Function<EditRepository, Edit> edit,
            Consumer<Edit> after,
            Consumer<EditRejected> refused) {
        record Done(Edit edit, Session session) {}
        // the user waits for it: it goes before the views' loads (a table's million rows reload behind it)
        tasks.runFirst(
                title,
                () -> {
                    Edit e = edit.apply(s.editing().edits());
                    return new Done(e, s.afterEdit());
                },
                d -> {
                    if (state.getSession() == s) {
                        state.sessionProperty().set(d.session());
                    }
                    after.accept(d.edit());
                    state.announce(Notice.info(T.t("edit.saved", d.edit().label())));
                },
                e -> {
                    if (e instanceof EditRejected r && refused != null) {
                        refused.accept(r);
                    } else {
                        dialogs.showError(
                                T.t(e instanceof EditRejected ? "edit.refused" : "edit.failed"), e.getMessage());
                    }
                });
    }

    /**
     * Another window or the command line committed to the file: the views show it. Called by the window
     * every two seconds while editing; cheap ({@code PRAGMA data_version}).
     */
    public void poll() {
        poll(false);
    }

    /**
     * This window changed the open database through a connection of its own (the import wizard): the views read it
     * again at once, and the change is taken as seen, not announced as another program's.
     */
    public void showOwnChange() {
        poll(true);
    }

    /**
     * The import wizard added to the open database, recorded in its history as edit {@code editId} named
     * {@code label} (0: not recorded): Undo offers it (once the database is open for editing, if it is not).
     */
    public void imported(long editId, String label) {
        if (editId > 0) {
            stack.done(new UndoStack.Entry(editId, label));
            labels();
        }
    }

    private void poll(boolean own) {
        Session s = state.getSession();
        if (s == null || !s.followsOthers()) {
            return;
        }
        record Polled(long version, Session changed) {}
        tasks.run(
                "poll",
                null, // quiet: every two seconds, never a busy bar
                () -> {
                    long v = s.editable()
                            ? s.editing().edits().dataVersion()
                            : s.database().dataVersion();
                    boolean changed = own || (v != dataVersion && dataVersion >= 0);
                    return new Polled(v, changed ? s.afterEdit() : null);
                },
                p -> {
                    dataVersion = p.version();
                    boolean back = away;
                    away = false;
                    if (p.changed() != null && state.getSession() == s) {
                        state.sessionProperty().set(p.changed());
                    }
                    if (back) {
                        state.announce(Notice.info(T.t("edit.serverBack", s.name())));
                    } else if (!own && p.changed() != null && state.getSession() == p.changed()) {
                        state.announce(Notice.info(T.t("edit.changedElsewhere", s.name())));
                    }
                },
                e -> {
                    // a team database's server gone (restarting, the network): said once; the next polls connect
                    // again by themselves (ServerLink). A file's poll failing says nothing, as before.
                    if (s.database().server() != null && !away && state.getSession() == s) {
                        away = true;
                        state.announce(Notice.warning(T.t("edit.serverAway", e.getMessage())));
                    }
                });
    }

    /** The record forms the window installed (App does; tests may install their own). */
    public void useForms(RecordForms forms) {
        this.forms = forms;
    }

    /** Edit > New record > KIND: the form that adds one. */
    public void add(EditKind kind) {
        add(kind, Map.of());
    }

    /** The form that adds a record of {@code kind} with some fields given (a membership of this alliance). */
    public void add(EditKind kind, Map<String, String> preset) {
        withForms(f -> f.add(kind, preset));
    }

    /** The form that changes record {@code id} of {@code kind}. */
    public void change(EditKind kind, long id) {
        withForms(f -> f.change(kind, id));
    }

    /** Edit > Change a record…: find any record by name and change it. */
    public void find() {
        withForms(RecordForms::find);
    }

    /** Edit > Change this record (F2): the record the detail pane shows. */
    public void changeCurrent() {
        current().ifPresent(c -> withForms(f -> f.change(c.kind(), c.id())));
    }

    /** Edit > Delete this record…: the record the detail pane shows, after asking. */
    public void deleteCurrent() {
        current().ifPresent(c -> delete(c.kind(), c.id()));
    }

    /**
     * Deletes a record after asking, with what goes with it named (the memberships of an alliance, the claims
     * of a deal; the deals that lose their link to it). Confirmed, the record and its dependents go in one
     * transaction, and one Undo brings them all back.
     */
    public void delete(EditKind kind, long id) {
        if (!writable()) {
            return;
        }
        Session s = state.getSession();
        tasks.run(
                T.t("delete.checking", kind.label()),
                () -> s.editing().edits().dependents(kind, id),
                d -> {
                    // "alliance PDM: deletes 8 memberships with it" -> "It deletes 8 memberships with it."
                    String message = d.needConfirmation()
                            ? T.t(
                                    "delete.dependents",
                                    d.describe().substring(d.record().length() + 2))
                            : T.t("delete.alone");
                    dialogs.confirm(
                            T.t("delete.title", d.record()),
                            message,
                            T.t("delete.button"),
                            () -> apply(
                                    T.t("delete.running", kind.label()),
                                    r -> r.delete(kind, id, true, editor),
                                    done -> leave(kind, id)));
                },
                e -> dialogs.showError(T.t("delete.failed", kind.label()), e.getMessage()));
    }

    /** Removes one citation: {@code sourceId} no longer backs the record (refused, with a reason, for its last). */
    public void uncite(EditKind kind, long id, long sourceId) {
        apply(T.t("uncite.running"), r -> r.uncite(kind, id, sourceId, editor), done -> {});
    }

    /** The detail pane no longer shows a deleted record: it goes back to the one before, if any. */
    private void leave(EditKind kind, long id) {
        RecordRef ref = state.navigation().getCurrent();
        if (ref != null
                && ref.id() == id
                && kind.shownAs().filter(ref.kind()::equals).isPresent()) {
            if (state.navigation().canGoBackProperty().get()) {
                state.navigation().back();
            } else {
                state.navigation().clear();
            }
        }
    }

    /** The record the detail pane shows, when it is one that can be edited. */
    private Optional<Target> current() {
        RecordRef ref = state.navigation().getCurrent();
        Optional<Target> t =
                ref == null ? Optional.empty() : EditKind.shown(ref.kind()).map(k -> new Target(k, ref.id()));
        if (t.isEmpty()) {
            state.announce(Notice.info(T.t("edit.selectFirst")));
        }
        return t;
    }

    private record Target(EditKind kind, long id) {}

    private void withForms(Consumer<RecordForms> open) {
        if (writable() && forms != null) {
            open.accept(forms);
        }
    }

    /** True when the open database is writable; else the window says how to make it so. */
    private boolean writable() {
        Session s = state.getSession();
        if (refusedToReader(s)) {
            return false;
        }
        if (s == null || !s.editable()) {
            state.announce(Notice.warning(T.t("edit.readOnly")));
            return false;
        }
        return true;
    }

    /** A reader of a team database is told they may only read it (the window offers them no editing). */
    private boolean refusedToReader(Session s) {
        if (s == null || s.mayEdit()) {
            return false;
        }
        state.announce(
                Notice.warning(T.t("editing.reader", s.database().server().user())));
        return true;
    }

    /** Edit > New claim…: the dialog the window installed (App does; tests may install their own). */
    public void useNewClaimDialog(Runnable open) {
        this.newClaimDialog = open;
    }

    /** Edit > New claim… (Ctrl+Shift+N): the daily task, from any screen. */
    public void newClaim() {
        if (writable() && newClaimDialog != null) {
            newClaimDialog.run();
        }
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void labels() {
        // the Edit menu's text: "Undo Add party X", or "Undo" when there is nothing to undo
        undoLabel.set(stack.nextUndo().map(x -> T.t("edit.undo.of", x.label())).orElse(T.t("edit.undo")));
        redoLabel.set(stack.nextRedo().map(x -> T.t("edit.redo.of", x.label())).orElse(T.t("edit.redo")));
        boolean editing = state.getSession() != null && state.getSession().editable();
        canUndo.set(editing && stack.nextUndo().isPresent());
        canRedo.set(editing && stack.nextRedo().isPresent());
    }

    /**
     * A session opened for editing with its connection's {@code data_version} read at once: the baseline the
     * poll compares with, so a change another program commits from that moment on is noticed.
     */
    private record Opened(Session session, long version) {
        static Opened of(Session s) {
            return new Opened(s, s.editing().edits().dataVersion());
        }
    }

    private void opened(Session old, Opened o, String message) {
        replace(old, o.session(), message);
        dataVersion = o.version();
    }

    /** Puts {@code next} in place of {@code old} and closes the old connection in the background. */
    private void replace(Session old, Session next, String message) {
        state.sessionProperty().set(next);
        state.announce(Notice.info(message));
        old.closeLater(tasks);
    }
}
