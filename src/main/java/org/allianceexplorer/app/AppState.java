package org.allianceexplorer.app;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.allianceexplorer.figure.FigureStyle;

/**
 * What the screens share: the open database, the as-of date ({@code null}: latest), the selected record
 * with its history, and which screen is shown. Screens do not talk to each other; they meet here.
 */
public final class AppState {

    private final ObjectProperty<Session> session = new SimpleObjectProperty<>(this, "session");
    private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>(this, "asOf");
    private final Navigation navigation = new Navigation();
    private final ObjectProperty<String> screen = new SimpleObjectProperty<>(this, "screen");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    public AppState() {
        // a different database: the old selection and history mean nothing there (the same file opened for
        // editing, or counted again after an edit, keeps them)
        session.addListener((o, a, b) -> {
            if (a == null || !a.sameFile(b)) {
                navigation.clear();
            }
        });
    }

    /** The selected record and the Back/Forward history; selecting a record is {@code navigation().go(ref)}. */
    public Navigation navigation() {
        return navigation;
    }

    /** The id of the screen shown in the middle of the window (see {@link Screen#id()}). */
    public ObjectProperty<String> screenProperty() {
        return screen;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public Session getSession() {
        return session.get();
    }

    /** The shared as-of date ({@code null}: latest); read it here, set it with {@link #setAsOf}. */
    public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    /**
     * The one place the shared as-of date is set: the toolbar's field, the timeline's cursor, the graph's
     * slider and its Play all come here ({@code null}: the latest state). Every screen listens to
     * {@link #asOfProperty()} and takes the date to its queries as {@code RecordFilter.asOf}.
     */
    public void setAsOf(LocalDate day) {
        asOf.set(day);
    }

    /**
     * Keeps a control's date in step with the shared one: the control shows the shared date, and a date
     * the user puts into the control goes through {@link #setAsOf}.
     */
    public void follow(Property<LocalDate> control) {
        boolean[] syncing = {false};
        control.setValue(getAsOf());
        asOf.addListener((o, a, b) -> {
            syncing[0] = true;
            try {
                control.setValue(b);
            } finally {
                syncing[0] = false;
            }
        });
        control.addListener((o, a, b) -> {
            if (!syncing[0]) {
                setAsOf(b);
            }
        });
    }

    /** True when the dark theme is on: figures on screen then paint with {@code FigureStyle.DARK}. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** The colours figures paint in on screen: {@link FigureStyle#DARK} while the dark theme is on, else light. */
    public ObjectBinding<FigureStyle> figureStyle() {
        return Bindings.createObjectBinding(() -> darkTheme.get() ? FigureStyle.DARK : FigureStyle.LIGHT, darkTheme);
    }

    public LocalDate getAsOf() {
        return asOf.get();
    }

    /** The last message for the user (the window shows it in the status bar and a passing notification). */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Tells the user something, without a dialog (see {@link Notice}). */
    public void announce(Notice n) {
        notice.set(n);
    }
}
