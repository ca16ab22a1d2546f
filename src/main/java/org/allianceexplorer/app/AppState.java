package org.allianceexplorer.app;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the screens share: the open database and the as-of date ({@code null}: latest). Screens do not
 * talk to each other; they meet here.
 */
public final class AppState {

    private final ObjectProperty<Session> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public Session getSession() {
        return session.get();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public LocalDate getAsOf() {
        return asOf.get();
    }
}
