package org.allianceexplorer.graph;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;
import org.allianceexplorer.figure.OneFigureControl;
import org.allianceexplorer.graph.model.GraphFigure;

/**
 * The relationship graph on screen: a {@link GraphFigure} painted by {@link GraphSkin} onto a canvas
 * (the same painter as the exported files, frame included). Customised through properties and callbacks,
 * not subclassing: hovering highlights a party's neighbourhood and shows a tooltip (a seat deal's balance
 * both ways); a click calls {@link #onPartyClickedProperty()}, a double-click
 * {@link #onPartyOpenedProperty()}, a drag {@link #onPartyMovedProperty()} (layout units), a secondary
 * click {@link #onPartyPinToggledProperty()}.
 *
 * <p>Threading: an FX-thread control. Set {@link #figureProperty()} on the FX thread; figures are
 * immutable, so one built in the background may be handed over as is.
 */
public class GraphControl extends OneFigureControl<GraphFigure> {

    /** A party dragged to a layout position. */
    @FunctionalInterface
    public interface MoveHandler {
        void moved(String party, double x, double y);
    }

    private final ObjectProperty<Consumer<String>> onPartyClicked = new SimpleObjectProperty<>(this, "onPartyClicked");
    private final ObjectProperty<Consumer<String>> onPartyOpened = new SimpleObjectProperty<>(this, "onPartyOpened");
    private final ObjectProperty<Consumer<String>> onPartyPinToggled =
            new SimpleObjectProperty<>(this, "onPartyPinToggled");
    private final ObjectProperty<MoveHandler> onPartyMoved = new SimpleObjectProperty<>(this, "onPartyMoved");
    final ReadOnlyObjectWrapper<String> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    final ReadOnlyStringWrapper tooltipText = new ReadOnlyStringWrapper(this, "tooltipText", "");

    public GraphControl() {
        super("graph-control", GraphControl.class.getResource("graph.css"));
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GraphSkin(this);
    }

    public ObjectProperty<Consumer<String>> onPartyClickedProperty() {
        return onPartyClicked;
    }

    public ObjectProperty<Consumer<String>> onPartyOpenedProperty() {
        return onPartyOpened;
    }

    public ObjectProperty<Consumer<String>> onPartyPinToggledProperty() {
        return onPartyPinToggled;
    }

    public ObjectProperty<MoveHandler> onPartyMovedProperty() {
        return onPartyMoved;
    }

    /** The party under the mouse, or {@code null}. */
    public ReadOnlyObjectProperty<String> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** What the tooltip says (empty when none is shown). */
    public ReadOnlyStringProperty tooltipTextProperty() {
        return tooltipText.getReadOnlyProperty();
    }
}
