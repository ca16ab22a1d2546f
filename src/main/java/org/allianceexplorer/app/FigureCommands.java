package org.allianceexplorer.app;

import java.awt.image.BufferedImage;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;

/**
 * Edit > Copy figure (Ctrl+Shift+C) and File > Print… (Ctrl+P): the current screen's figure, with the preferences'
 * credits line, onto the clipboard as an image at a chosen scale (and as SVG beside it, where the platform takes
 * it); or the screen's figure or table onto the printer's pages, on the paper the preferences give. The image is painted off the FX
 * thread by the same painter as the screen and the exports.
 */
public final class FigureCommands {

    private static final I18n.Messages T = I18n.of(FigureCommands.class);

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Preferences> preferences;

    FigureCommands(AppState state, TaskRunner tasks, DialogService dialogs, Supplier<Preferences> preferences) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.preferences = preferences;
    }

    /** What was put on the clipboard. */
    record Copied(BufferedImage image, String svg) {}

    /** Copies {@code figure} laid out {@code width} wide, at the scale the user picks; says when none is shown. */
    public void copy(Figure figure, double width) {
        if (figure == null) {
            state.announce(Notice.warning(T.t("copy.none")));
            return;
        }
        Figure f = figure.withCredit(preferences.get().credits());
        double height = Math.ceil(FigureFrame.height(f, width));
        OptionalInt scale =
                dialogs.chooseCopyScale(width, height, preferences.get().copyScale());
        if (scale.isEmpty()) {
            return;
        }
        int s = scale.getAsInt();
        tasks.run(
                T.t("copy.title"),
                () -> new Copied(
                        FigureExporter.image(f, width, height, s, FigureStyle.print()), FigureExporter.svg(f, width)),
                c -> {
                    dialogs.putOnClipboard(c.image(), c.svg());
                    state.announce(Notice.info(T.t(
                            "copy.done",
                            Integer.toString(c.image().getWidth()),
                            Integer.toString(c.image().getHeight()))));
                },
                e -> dialogs.showError(T.t("copy.title"), e.getMessage()));
    }

    /** Prints what the screen gives (its figure on a page, a table's rows on as many as they need); says when none. */
    public void print(Printable printable) {
        if (printable == null) {
            state.announce(Notice.warning(T.t("print.none")));
            return;
        }
        printable.pages(preferences.get().credits(), pages -> {
            switch (dialogs.print(pages, preferences.get().paper())) {
                case PRINTED -> state.announce(Notice.info(T.t("print.done", pages.title())));
                case CANCELLED -> state.announce(Notice.info(T.t("print.cancelled")));
                case NO_PRINTER -> state.announce(Notice.warning(T.t("print.noPrinter")));
            }
        });
    }
}
