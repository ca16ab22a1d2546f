package org.allianceexplorer.graph.model;

import java.util.Arrays;

/** A Barnes–Hut quadtree over the node positions, in flat arrays. */
final class QuadTree {
    private static final int MAX_DEPTH = 30;
    private double[] cx;
    private double[] cy;
    private double[] mass;
    private double[] size;
    private double[] bx;
    private double[] by;
    private int[] child;
    private int[] body;
    private int cells;
    private final double[] px;
    private final double[] py;

    private QuadTree(double[] px, double[] py) {
        this.px = px;
        this.py = py;
        int cap = Math.max(16, px.length * 4);
        cx = new double[cap];
        cy = new double[cap];
        mass = new double[cap];
        size = new double[cap];
        bx = new double[cap];
        by = new double[cap];
        child = new int[cap * 4];
        body = new int[cap];
    }

    static QuadTree build(double[] x, double[] y) {
        QuadTree t = new QuadTree(x, y);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double s = Math.max(maxX - minX, maxY - minY) + 1;
        int root = t.cell(minX, minY, s);
        for (int i = 0; i < x.length; i++) {
            t.insert(root, i, 0);
        }
        return t;
    }

    private int cell(double x0, double y0, double s) {
        if (cells == body.length) {
            int cap = cells * 2;
            cx = Arrays.copyOf(cx, cap);
            cy = Arrays.copyOf(cy, cap);
            mass = Arrays.copyOf(mass, cap);
            size = Arrays.copyOf(size, cap);
            bx = Arrays.copyOf(bx, cap);
            by = Arrays.copyOf(by, cap);
            child = Arrays.copyOf(child, cap * 4);
            body = Arrays.copyOf(body, cap);
        }
        int c = cells++;
        bx[c] = x0;
        by[c] = y0;
        size[c] = s;
        mass[c] = 0;
        cx[c] = 0;
        cy[c] = 0;
        body[c] = -1;
        Arrays.fill(child, c * 4, c * 4 + 4, -1);
        return c;
    }

    private void insert(int c, int i, int depth) {
        double x = px[i];
        double y = py[i];
        // running centre of mass
        double m = mass[c];
        cx[c] = (cx[c] * m + x) / (m + 1);
        cy[c] = (cy[c] * m + y) / (m + 1);
        mass[c] = m + 1;
        if (m == 0) {
            body[c] = i;
            return;
        }
        if (depth >= MAX_DEPTH) {
            body[c] = -2; // several bodies at one point: treat as an aggregate
            return;
        }
        if (body[c] >= 0) {
            int old = body[c];
            body[c] = -1;
            insertChild(c, old, depth);
        }
        if (body[c] == -2) {
            return;
        }
        insertChild(c, i, depth);
    }

    private void insertChild(int c, int i, int depth) {
        double half = size[c] / 2;
        int q = (px[i] >= bx[c] + half ? 1 : 0) + (py[i] >= by[c] + half ? 2 : 0);
        int ch = child[c * 4 + q];
        if (ch < 0) {
            ch = cell(bx[c] + (q & 1) * half, by[c] + (q >> 1) * half, half);
            child[c * 4 + q] = ch;
        }
        insert(ch, i, depth + 1);
    }

    /** The repulsive force on node i at (x, y). */
    double[] repulsion(int i, double x, double y, double k2, double theta) {
        double fx = 0;
        double fy = 0;
        int[] stack = new int[64 * 4];
        int sp = 0;
        stack[sp++] = 0;
        while (sp > 0) {
            int c = stack[--sp];
            if (mass[c] == 0 || body[c] == i) {
                continue;
            }
            double ddx = x - cx[c];
            double ddy = y - cy[c];
            double d2 = ddx * ddx + ddy * ddy;
            boolean leaf = body[c] >= 0 || body[c] == -2;
            if (leaf || size[c] * size[c] < theta * theta * d2) {
                double m = mass[c];
                if (body[c] == -2 && Math.abs(ddx) < 1e-9 && Math.abs(ddy) < 1e-9) {
                    continue;
                }
                if (d2 < 1e-9) {
                    ddx = 0.01;
                    ddy = 0.01;
                    d2 = 2e-4;
                }
                double f = k2 * m / d2;
                fx += ddx * f;
                fy += ddy * f;
            } else {
                for (int q = 0; q < 4; q++) {
                    int ch = child[c * 4 + q];
                    if (ch >= 0) {
                        if (sp >= stack.length) {
                            stack = Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[sp++] = ch;
                    }
                }
            }
        }
        return new double[] {fx, fy};
    }
}
