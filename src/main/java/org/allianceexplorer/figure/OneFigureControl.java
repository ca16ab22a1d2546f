package org.allianceexplorer.figure;

import java.net.URL;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A figure control that shows one figure, handed over whole through {@link #figureProperty()} (the chart, the
 * relationship graph): figures are immutable, so one built in the background may be set as is on the FX thread.
 *
 * @param <F> the figures it shows
 */
public abstract class OneFigureControl<F extends Figure> extends FigureControl {

    private final ObjectProperty<F> figure = new SimpleObjectProperty<>(this, "figure");

    /**
     * @param styleClass the control's own style class
     * @param stylesheet its user-agent stylesheet
     */
    protected OneFigureControl(String styleClass, URL stylesheet) {
        super(styleClass, stylesheet);
    }

    /** The figure shown ({@code null}: none). */
    public final ObjectProperty<F> figureProperty() {
        return figure;
    }

    public final F getFigure() {
        return figure.get();
    }

    public final void setFigure(F f) {
        figure.set(f);
    }
}
