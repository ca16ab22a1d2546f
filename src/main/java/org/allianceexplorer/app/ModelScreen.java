package org.allianceexplorer.app;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/** A screen with a view-model of its own, made once when the screen is first shown or its model first asked for. */
public abstract class ModelScreen<M> extends AbstractScreen {

    /** Made when the screen is first shown (or its model first asked for), not with the window. */
    private final Lazy<M> model;

    /**
     * A screen titled {@code screen.title} of the package of {@code feature}, whose view-model {@code model} makes
     * and whose view {@code view} builds on that model.
     */
    protected ModelScreen(String id, Class<?> feature, String icon, Supplier<M> model, Function<M, Node> view) {
        this(id, I18n.screenTitle(feature), icon, Lazy.of(model), view);
    }

    private ModelScreen(String id, String title, String icon, Lazy<M> model, Function<M, Node> view) {
        super(id, title, icon, () -> view.apply(model.get()));
        this.model = model;
    }

    /** The screen's view-model (made now if it was not yet). */
    public final M viewModel() {
        return model.get();
    }
}
