package org.allianceexplorer.app;

import java.util.Optional;
import javafx.scene.Node;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.Pages;

/**
 * One screen of the main window (Parties, Seat deals, Timeline, Relationships...). The window lists the
 * screens in its navigation bar and shows the selected one in the middle.
 */
public interface Screen {

    /** A stable id, used in AppState, preferences and tests: {@code parties}, {@code deals}, {@code timeline}. */
    String id();

    /** The name in the navigation bar. */
    String title();

    /** An icon's name, e.g. {@code mdi2a-account-group} (the application's icons: {@link AppIcons}). */
    String icon();

    /** The screen's view (built once). */
    Node view();

    /**
     * The control that takes the keyboard when the screen is chosen with its shortcut (a table screen's
     * table); by default the first control of the view that takes focus.
     */
    default Node focusTarget() {
        return view();
    }

    /** The kind of record this screen lists, if it is a table of one kind: the window shows it on navigation. */
    default Optional<RecordKind> lists() {
        return Optional.empty();
    }

    /** What Export > PNG/SVG/PDF writes while this screen is shown: the figure as currently on screen. */
    default Optional<Figure> figure() {
        return Optional.empty();
    }

    /** The same figure over its full range (e.g. the whole timeline rather than the visible window). */
    default Optional<Figure> fullFigure() {
        return figure();
    }

    /**
     * What File > Print prints: by default the screen's figure on one page (with the credits line), or nothing; a
     * table prints its rows shown.
     */
    default Optional<Printable> printable() {
        return figure().map(f -> (credits, ready) -> ready.accept(Pages.of(f.withCredit(credits))));
    }

    /** What Export > Animation… animates while this screen is shown, with its settings of now; empty: nothing. */
    default Optional<AnimationSource> animation() {
        return Optional.empty();
    }
}
