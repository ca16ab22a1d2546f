package org.allianceexplorer.figure;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.data.Repositories;

/**
 * A view that can also be exported as an animation ({@code export --format gif}): the figure of {@link
 * FigureView#build} on each of a list of days, with what else the request asks for (party, election...) on every
 * frame.
 */
public interface AnimatedFigureView extends FigureView {

    /**
     * The animation over {@code days} (reads the database and may lay out every frame first: call off the FX
     * thread; stops with a {@link java.util.concurrent.CancellationException} when the job is cancelled). The
     * request's as-of day is not used: each frame is as of its own day. {@code progress} hears of the frames
     * laid out beforehand, if any.
     */
    FigureAnimation animate(
            Repositories repositories, ExportRequest request, List<LocalDate> days, FigureAnimation.Progress progress);
}
