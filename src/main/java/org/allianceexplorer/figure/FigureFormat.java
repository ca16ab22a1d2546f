package org.allianceexplorer.figure;

import java.util.Locale;

/** The file formats a figure is exported to. */
public enum FigureFormat {
    PNG,
    SVG,
    PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code png}, {@code svg} or {@code pdf}, with a message that lists them. */
    public static FigureFormat parse(String text) {
        for (FigureFormat f : values()) {
            if (f.extension().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a figure format (png, svg, pdf)");
    }
}
