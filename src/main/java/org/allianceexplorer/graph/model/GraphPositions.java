package org.allianceexplorer.graph.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where each party sits (layout units, by party id) and which are pinned by the user.
 *
 * <p>Threading: not thread-safe. The window's copy is owned by the FX thread (dragging moves it there);
 * a layout never touches it, it works on a {@link #copy()} taken on the FX thread and returns a new
 * instance, which replaces the old one on the FX thread.
 */
public final class GraphPositions {

    private final Map<Long, double[]> xy = new HashMap<>();
    private final Set<Long> pinned = new HashSet<>();

    public GraphPositions copy() {
        GraphPositions p = new GraphPositions();
        xy.forEach((k, v) -> p.xy.put(k, v.clone()));
        p.pinned.addAll(pinned);
        return p;
    }

    public boolean has(long id) {
        return xy.containsKey(id);
    }

    public double x(long id) {
        return xy.get(id)[0];
    }

    public double y(long id) {
        return xy.get(id)[1];
    }

    public void set(long id, double x, double y) {
        xy.put(id, new double[] {x, y});
    }

    public boolean pinned(long id) {
        return pinned.contains(id);
    }

    public void pin(long id, boolean pin) {
        if (pin) {
            pinned.add(id);
        } else {
            pinned.remove(id);
        }
    }

    public void unpinAll() {
        pinned.clear();
    }

    public int size() {
        return xy.size();
    }

    /** The ids placed. */
    public Set<Long> ids() {
        return Set.copyOf(xy.keySet());
    }
}
