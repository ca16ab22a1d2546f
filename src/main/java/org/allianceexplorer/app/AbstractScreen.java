package org.allianceexplorer.app;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * What every screen holds: its id, name, icon and view. The view is built when it is first asked for (the screen
 * is first shown), not with the window: a window of eleven screens comes up without building ten of them.
 */
public abstract class AbstractScreen implements Screen {

    private final String id;
    private final String title;
    private final String icon;
    private final Lazy<Node> view;

    /** A screen whose view {@code build} makes on the FX thread when it is first asked for. */
    protected AbstractScreen(String id, String title, String icon, Supplier<Node> build) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.view = Lazy.of(build);
    }

    /** A screen whose view is already built. */
    protected AbstractScreen(String id, String title, String icon, Node view) {
        this(id, title, icon, () -> view);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String icon() {
        return icon;
    }

    @Override
    public final Node view() {
        return view.get();
    }
}
