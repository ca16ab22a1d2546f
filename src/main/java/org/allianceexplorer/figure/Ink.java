package org.allianceexplorer.figure;

import java.awt.Color;

/**
 * A colour as a figure names it: a role of the {@link FigureStyle} (so one definition serves the light and
 * dark themes, the screen and print), a pair of hues for light and dark grounds, or a fixed colour (party
 * colours, which are data). Marks and legend keys carry an ink and resolve it against the style they are
 * painted with, so the on-screen legend and the exported one come from one definition.
 */
public sealed interface Ink permits Ink.Role, Ink.Fixed, Ink.Themed {

    Ink FOREGROUND = Role.FOREGROUND;
    Ink MUTED = Role.MUTED;
    Ink GRID = Role.GRID;
    Ink ACCENT = Role.ACCENT;
    Ink BACKGROUND = Role.BACKGROUND;
    Ink SURFACE = Role.SURFACE;

    /** The colour on {@code style}. */
    Color resolve(FigureStyle style);

    /** A fixed colour, the same in every style. */
    static Ink of(Color colour) {
        return new Fixed(colour);
    }

    /** A colour of the style. */
    enum Role implements Ink {
        FOREGROUND,
        MUTED,
        GRID,
        ACCENT,
        ACCENT_TEXT,
        BACKGROUND,
        SURFACE;

        @Override
        public Color resolve(FigureStyle s) {
            return switch (this) {
                case FOREGROUND -> s.foreground();
                case MUTED -> s.muted();
                case GRID -> s.grid();
                case ACCENT -> s.accent();
                case ACCENT_TEXT -> s.accentText();
                case BACKGROUND -> s.background();
                case SURFACE -> s.surface();
            };
        }
    }

    /** A fixed colour (data, or a hue that reads on both grounds). */
    record Fixed(Color colour) implements Ink {
        public Fixed {
            if (colour == null) {
                throw new IllegalArgumentException("no colour");
            }
        }

        @Override
        public Color resolve(FigureStyle style) {
            return colour;
        }
    }

    /** One hue for light grounds and a lighter one for dark grounds ({@link FigureStyle#isDark()}). */
    record Themed(Color light, Color dark) implements Ink {
        @Override
        public Color resolve(FigureStyle style) {
            return style.isDark() ? dark : light;
        }
    }
}
