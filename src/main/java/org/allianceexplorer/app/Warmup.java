package org.allianceexplorer.app;

import java.time.chrono.Chronology;
import java.util.Locale;
import org.allianceexplorer.domain.DateInput;

/**
 * Work of the window's first frame that does not need the FX thread, done on the other core while JavaFX starts
 * (issue 16): the calendars' registry that the as-of field's date picker asks for when it is made (it reads the
 * Hijrah calendar's file), and the locale's date pattern its tooltip shows. Each is done once per JVM and kept by
 * the JDK, so the FX thread later finds it ready; a warm-up that fails or comes late changes nothing but time.
 */
public final class Warmup {

    private Warmup() {}

    /** Starts the warm-up on a daemon thread of its own. */
    public static void start() {
        Thread t = new Thread(Warmup::run, "warm-up");
        t.setDaemon(true);
        t.start();
    }

    static void run() {
        try {
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            Chronology.ofLocale(format);
            DateInput.localeExample(format);
        } catch (RuntimeException e) {
            // nothing depends on it: the FX thread does the same work itself when it needs it
        }
    }
}
