package org.allianceexplorer.detail;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.EditKind;

/**
 * The detail pane's state: the page of the selected record as of the shared date, loaded in the
 * background whenever the selection, the date or the database changes. Following a link selects that
 * record (so Back returns here); a web address opens in the system browser when there is one.
 */
public final class DetailViewModel {

    private static final I18n.Messages T = I18n.of(DetailViewModel.class);

    /** What the pane says with no record chosen. */
    static String empty() {
        return T.t("empty");
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<DetailPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    /** The page being loaded, cancelled when the selection goes away. */
    private TaskRunner.Handle pending;

    public DetailViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        state.navigation().currentProperty().addListener((o, a, b) -> reload());
        state.asOfProperty().addListener((o, a, b) -> reload());
        state.sessionProperty().addListener((o, a, b) -> reload());
        reload();
    }

    /** The page shown, {@code null} when nothing is selected (see {@link #messageProperty()}). */
    public ReadOnlyObjectProperty<DetailPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public DetailPage getPage() {
        return page.get();
    }

    /** What to say instead of a page: nothing selected, not found, or why it could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Follows a link: selects {@code ref} (Back returns to the record shown now). */
    public void open(RecordRef ref) {
        state.navigation().go(ref);
    }

    /** Opens a web address in the system browser; false when there is none (show the address to copy). */
    public boolean openLink(String url) {
        return dialogs.openLink(url);
    }

    private void reload() {
        RecordRef ref = state.navigation().getCurrent();
        Session s = state.getSession();
        if (ref == null || s == null) {
            if (pending != null) {
                pending.cancel();
            }
            page.set(null);
            message.set(empty());
            loading.set(false);
            return;
        }
        LocalDate asOf = state.getAsOf();
        loading.set(true);
        // latest wins: a newer selection or date cancels the page still loading
        pending = tasks.run(
                this,
                T.t("loading", ref.label() == null ? ref.kind().label() : ref.label()),
                () -> s.repositories().details().detail(ref, asOf).map(d -> withHistory(DetailPages.page(d, asOf), s)),
                (Optional<DetailPage> p) -> {
                    loading.set(false);
                    page.set(p.orElse(null));
                    message.set(p.isPresent() ? "" : T.t("missing", ref));
                },
                e -> {
                    loading.set(false);
                    page.set(null);
                    message.set(T.t("failed", ref, e.getMessage()));
                });
    }

    /** The page with the record's history at its end, when it was edited (read off the FX thread). */
    private static DetailPage withHistory(DetailPage page, Session s) {
        RecordRef ref = page.ref();
        if (ref == null) {
            return page;
        }
        DetailPage.Section history = EditKind.shown(ref.kind())
                .map(k -> HistorySection.of(s.repositories().history().history(k, ref.id())))
                .orElse(null);
        return history == null ? page : page.with(history);
    }
}
