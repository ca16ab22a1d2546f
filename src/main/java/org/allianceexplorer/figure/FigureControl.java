package org.allianceexplorer.figure;

import java.net.URL;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;

/**
 * What the figure controls (chart, relationship graph, timeline) share: the colours they paint in, the
 * style class {@code figure-control} (the rules of {@code figure.css}, which each control's user-agent
 * stylesheet imports) and that stylesheet.
 */
public abstract class FigureControl extends Control {

    /** The style class every figure control has. */
    public static final String FIGURE_CLASS = "figure-control";

    private final ObjectProperty<FigureStyle> figureStyle =
            new SimpleObjectProperty<>(this, "figureStyle", FigureStyle.LIGHT);
    private final String stylesheet;

    /**
     * @param styleClass the control's own style class
     * @param stylesheet its user-agent stylesheet
     */
    protected FigureControl(String styleClass, URL stylesheet) {
        getStyleClass().addAll(styleClass, FIGURE_CLASS);
        this.stylesheet = stylesheet.toExternalForm();
    }

    @Override
    public final String getUserAgentStylesheet() {
        return stylesheet;
    }

    /** The colours on screen: {@link FigureStyle#DARK} when the scene uses a dark theme (files are always printed light). */
    public final ObjectProperty<FigureStyle> figureStyleProperty() {
        return figureStyle;
    }

    /** The colours, {@link FigureStyle#LIGHT} when none is set. */
    public final FigureStyle getFigureStyle() {
        return figureStyle.get() == null ? FigureStyle.LIGHT : figureStyle.get();
    }
}
