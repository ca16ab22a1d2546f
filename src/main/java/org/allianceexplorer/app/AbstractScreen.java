package org.allianceexplorer.app;

import javafx.scene.Node;

/** What every screen holds: its id, name, icon and view, given once when it is built. */
public abstract class AbstractScreen implements Screen {

    private final String id;
    private final String title;
    private final String icon;
    private final Node view;

    protected AbstractScreen(String id, String title, String icon, Node view) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.view = view;
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
        return view;
    }
}
