package org.allianceexplorer.app;

import java.util.Objects;

/**
 * A short message for the user about something that just happened (a file written, a database that could
 * not be reopened): shown in the status bar and for a while in a notification over the window, never in a
 * dialog that has to be closed. Each notice is its own object, so the same words twice are shown twice.
 */
public final class Notice {

    private final String text;
    private final boolean warning;

    private Notice(String text, boolean warning) {
        this.text = Objects.requireNonNull(text);
        this.warning = warning;
    }

    /** Something done as asked ("Exported 10 rows to /home/me/deals.csv"). */
    public static Notice info(String text) {
        return new Notice(text, false);
    }

    /** Something that did not go as the user would expect, though nothing failed outright. */
    public static Notice warning(String text) {
        return new Notice(text, true);
    }

    public String text() {
        return text;
    }

    public boolean warning() {
        return warning;
    }

    @Override
    public String toString() {
        return (warning ? "warning: " : "") + text;
    }
}
