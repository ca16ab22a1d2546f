package org.allianceexplorer.timeline;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Skin;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.figure.FigureControl;
import org.allianceexplorer.timeline.model.LaneMode;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineData;
import org.allianceexplorer.timeline.model.TimelineFilter;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * The timeline control: properties only (CalendarFX style); {@link TimelineSkin} owns the canvas, the layout
 * and the input. Paints {@link TimelineFigure}, the same painter the exports use.
 */
public class TimelineControl extends FigureControl {

    public static final String STYLE_CLASS = "timeline";

    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data", TimelineData.EMPTY);
    private final ObjectProperty<TimelineFilter> filter =
            new SimpleObjectProperty<>(this, "filter", TimelineFilter.ALL);
    private final ObjectProperty<LaneMode> laneMode =
            new SimpleObjectProperty<>(this, "laneMode", LaneMode.BY_ALLIANCE);
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();
    private final ObjectProperty<TimeRange> visibleRange = new SimpleObjectProperty<>(
            this, "visibleRange", TimeRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)));
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<RecordRef> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Consumer<RecordRef>> onRecordSelected =
            new SimpleObjectProperty<>(this, "onRecordSelected");
    private final BooleanProperty hideEmptyLanes = new SimpleBooleanProperty(this, "hideEmptyLanes", true);
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY", 0);

    private final ObjectProperty<TimelineModel> model = new SimpleObjectProperty<>(this, "model");
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);
    private TimelineModel built;

    public TimelineControl() {
        super(STYLE_CLASS, TimelineControl.class.getResource("timeline.css"));
        setFocusTraversable(true);
        data.addListener(o -> built = null);
        filter.addListener(o -> built = null);
        laneMode.addListener(o -> built = null);
        collapsedLanes.addListener((SetChangeListener<String>) c -> built = null);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    /**
     * The lanes and items shown: the {@link #modelProperty() model} handed in (built in the background by the
     * view-model), else one built here, on the FX thread, from the data, filter, lane mode and folded lanes.
     */
    public TimelineModel getModel() {
        if (model.get() != null) {
            return model.get();
        }
        if (built == null) {
            built = TimelineModel.build(getData(), getFilter(), getLaneMode(), Set.copyOf(collapsedLanes));
        }
        return built;
    }

    /** The figure as on screen (all lanes, for export). */
    public TimelineFigure figure() {
        return new TimelineFigure(
                getModel(),
                new TimelineFigure.Viewport(getVisibleRange(), getAsOf(), 0, true, isHideEmptyLanes(), null));
    }

    /** The figure over the whole time range. */
    public TimelineFigure fullFigure() {
        return new TimelineFigure(
                getModel(),
                new TimelineFigure.Viewport(getModel().fullRange(), getAsOf(), 0, true, isHideEmptyLanes(), null));
    }

    // ---- commands (also bound to keys and toolbar buttons)

    public void zoom(double factor) {
        setVisibleRange(getVisibleRange().zoom(factor, getVisibleRange().centre()));
    }

    public void pan(double share) {
        setVisibleRange(getVisibleRange().pan(getVisibleRange().days() * share));
    }

    public void fitAll() {
        setVisibleRange(getModel().fullRange());
        setScrollY(0);
    }

    public void jumpTo(LocalDate day) {
        if (day != null) {
            setVisibleRange(getVisibleRange().centredOn(day.toEpochDay() + 0.5));
        }
    }

    /** Shows the campaign around an election: six weeks before polling day to two after. */
    public void jumpTo(Election e) {
        if (e != null && e.pollingDay() != null) {
            setVisibleRange(electionWindow(e));
        }
    }

    static TimeRange electionWindow(Election e) {
        return TimeRange.campaign(e);
    }

    public void toggleCollapsed(String laneKey) {
        if (!collapsedLanes.remove(laneKey)) {
            collapsedLanes.add(laneKey);
        }
    }

    // ---- properties

    /**
     * A model built elsewhere (off the FX thread) for this control's data, filter, lane mode and folded lanes;
     * {@code null}: the control builds its own. Set it on the FX thread.
     */
    public ObjectProperty<TimelineModel> modelProperty() {
        return model;
    }

    /** Whether the on-screen legend is unfolded. */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    public ObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    public TimelineData getData() {
        return data.get();
    }

    public void setData(TimelineData d) {
        data.set(d == null ? TimelineData.EMPTY : d);
    }

    public ObjectProperty<TimelineFilter> filterProperty() {
        return filter;
    }

    public TimelineFilter getFilter() {
        return filter.get() == null ? TimelineFilter.ALL : filter.get();
    }

    public void setFilter(TimelineFilter f) {
        filter.set(f);
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get() == null ? LaneMode.BY_ALLIANCE : laneMode.get();
    }

    public void setLaneMode(LaneMode m) {
        laneMode.set(m);
    }

    /** Keys of folded lanes ({@link Lane#key()}). */
    public ObservableSet<String> getCollapsedLanes() {
        return collapsedLanes;
    }

    public ObjectProperty<TimeRange> visibleRangeProperty() {
        return visibleRange;
    }

    public TimeRange getVisibleRange() {
        return visibleRange.get();
    }

    public void setVisibleRange(TimeRange r) {
        visibleRange.set(r);
    }

    /** The as-of day the cursor shows ({@code null}: latest); bind it to the shared as-of date. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public LocalDate getAsOf() {
        return asOf.get();
    }

    public void setAsOf(LocalDate d) {
        asOf.set(d);
    }

    /** The highlighted record (bind it to the selection). */
    public ObjectProperty<RecordRef> selectedProperty() {
        return selected;
    }

    /** Called with the record a click selects. */
    public ObjectProperty<Consumer<RecordRef>> onRecordSelectedProperty() {
        return onRecordSelected;
    }

    public BooleanProperty hideEmptyLanesProperty() {
        return hideEmptyLanes;
    }

    public boolean isHideEmptyLanes() {
        return hideEmptyLanes.get();
    }

    /** How far the lanes are scrolled up. */
    public DoubleProperty scrollYProperty() {
        return scrollY;
    }

    public double getScrollY() {
        return scrollY.get();
    }

    public void setScrollY(double y) {
        scrollY.set(y);
    }
}
