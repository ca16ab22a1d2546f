package org.allianceexplorer.timeline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.figure.AnimatedFigureView;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureAnimation;
import org.allianceexplorer.timeline.model.LaneMode;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineData;
import org.allianceexplorer.timeline.model.TimelineFilter;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * {@code export --view timeline}: the timeline figure over {@code --from}..{@code --to} (default: all of it),
 * with the as-of cursor at {@code --as-of} and only the parties of {@code --party}, every lane shown; with
 * {@code --format gif}, the same window with the cursor on each frame day ({@link TimelineAnimation}).
 */
public final class TimelineFigureView implements AnimatedFigureView {

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String description() {
        return "Alliances, memberships, seat-deal claims, events and elections over time (--from, --to, --as-of, --party).";
    }

    @Override
    public Figure build(Repositories repositories, ExportRequest request) {
        TimelineData data = TimelineData.load(repositories);
        return figure(data, request).withSources(repositories);
    }

    /** The figure for a request over data already loaded. */
    public static TimelineFigure figure(TimelineData data, ExportRequest request) {
        TimelineModel model = model(data, request);
        return new TimelineFigure(model, TimelineFigure.Viewport.export(range(model, request), request.asOf()));
    }

    /**
     * The timeline from {@code --from} to {@code --to} with its as-of cursor moving over {@code days}: the
     * data read once, the lanes and the window the same on every frame.
     */
    @Override
    public TimelineAnimation animate(
            Repositories repositories, ExportRequest request, List<LocalDate> days, FigureAnimation.Progress progress) {
        TimelineModel model = model(TimelineData.load(repositories), request);
        return new TimelineAnimation(model, range(model, request), days);
    }

    /** The lanes of the request's parties (all when none), by alliance. */
    private static TimelineModel model(TimelineData data, ExportRequest request) {
        Set<String> known = new TreeSet<>();
        for (Party p : data.parties()) {
            known.add(p.abbreviation());
        }
        Set<String> parties = new LinkedHashSet<>();
        for (String p : request.parties()) {
            String match = known.stream()
                    .filter(k -> k.equalsIgnoreCase(p.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no party '" + p + "' in this database"));
            parties.add(match);
        }
        return TimelineModel.build(data, TimelineFilter.parties(parties), LaneMode.BY_ALLIANCE, Set.of());
    }

    /** The window: {@code --from} to the end of {@code --to}, each defaulting to the data's own. */
    private static TimeRange range(TimelineModel model, ExportRequest request) {
        TimeRange full = model.fullRange();
        if (request.from() == null && request.to() == null) {
            return full;
        }
        double from = request.from() != null ? request.from().toEpochDay() : full.from();
        double to = request.to() != null ? request.to().toEpochDay() + 1 : full.to();
        if (to <= from) {
            throw new IllegalArgumentException("--to is before --from");
        }
        return new TimeRange(from, Math.max(to, from + TimeRange.MIN_DAYS));
    }
}
