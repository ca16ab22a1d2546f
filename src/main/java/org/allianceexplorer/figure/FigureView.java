package org.allianceexplorer.figure;

import org.allianceexplorer.data.Repositories;

/**
 * A view that can be exported headless: {@code export --view NAME}. It builds the same figure the window
 * shows, from the repositories and the request, without JavaFX.
 */
public interface FigureView {

    /** The name after {@code --view}: {@code timeline}, {@code graph}, {@code ledger}... */
    String name();

    /** One line for {@code --help}. */
    String description();

    /** Builds the figure (reads the database; call off the FX thread). */
    Figure build(Repositories repositories, ExportRequest request);
}
