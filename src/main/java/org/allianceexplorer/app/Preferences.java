package org.allianceexplorer.app;

import java.util.Locale;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.PageSetup;

/**
 * What the user chose in Edit > Preferences…, remembered in {@link Settings} like the window's other settings:
 * theme, interface font size and language, the export and print defaults (format, resolution, paper, a credits
 * line added to every figure that leaves the application), the editor name history records, and what opens at
 * start. Values read back from settings are checked: one out of range is its default.
 */
public record Preferences(
        boolean dark,
        int fontSize,
        String language,
        FigureFormat exportFormat,
        int dpi,
        PageSetup.Paper paper,
        String credits,
        String editor,
        boolean openLastAtStart) {

    /** Interface font sizes offered, in pixels (the theme's own is 14). */
    public static final int MIN_FONT = 11;

    public static final int MAX_FONT = 22;
    public static final int DEFAULT_FONT = 14;

    static final String FONT = "ui.font-size";
    static final String LANGUAGE = "ui.language";
    static final String FORMAT = "export.format";
    static final String DPI = "export.dpi";
    static final String PAPER = "export.paper";
    static final String CREDITS = "export.credits";
    static final String START = "start.open";

    public Preferences {
        fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, fontSize));
        language = language == null || !I18n.LANGUAGES.contains(language) ? "en" : language;
        exportFormat = exportFormat == null ? FigureFormat.PNG : exportFormat;
        dpi = dpi < 72 || dpi > 600 ? 300 : dpi;
        paper = paper == null ? PageSetup.Paper.A4 : paper;
        credits = credits == null ? "" : credits.strip();
        editor = editor == null ? "" : editor.strip();
    }

    /** The preferences remembered in {@code s} (each missing or bad one at its default). */
    public static Preferences read(Settings s) {
        return new Preferences(
                Themes.isDark(s),
                (int) s.getDouble(FONT, DEFAULT_FONT),
                s.get(LANGUAGE, "en"),
                format(s.get(FORMAT, "png")),
                (int) s.getDouble(DPI, 300),
                paper(s.get(PAPER, "a4")),
                s.get(CREDITS, ""),
                s.get(EditCommands.EDITOR_SETTING, ""),
                !"bundled".equals(s.get(START, "last")));
    }

    /** Remembers these preferences in {@code s} (the theme and editor name through their owners' keys). */
    public void write(Settings s) {
        Themes.remember(s, dark);
        s.put(FONT, Integer.toString(fontSize));
        s.put(LANGUAGE, language);
        s.put(FORMAT, exportFormat.extension());
        s.put(DPI, Integer.toString(dpi));
        s.put(PAPER, paper.name().toLowerCase(Locale.ROOT));
        s.put(CREDITS, credits);
        if (editor.isEmpty()) {
            s.remove(EditCommands.EDITOR_SETTING);
        } else {
            s.put(EditCommands.EDITOR_SETTING, editor);
        }
        s.put(START, openLastAtStart ? "last" : "bundled");
    }

    /** The scale of a copied figure at this resolution (96 dpi is 1x), 1 to 4. */
    public int copyScale() {
        return Math.max(1, Math.min(4, (int) Math.round(dpi / 96.0)));
    }

    /** The style the window's root takes for this font size. */
    public String rootStyle() {
        return "-fx-font-size: " + fontSize + "px;";
    }

    private static FigureFormat format(String text) {
        for (FigureFormat f : FigureFormat.values()) {
            if (f.extension().equalsIgnoreCase(text)) {
                return f;
            }
        }
        return null;
    }

    private static PageSetup.Paper paper(String text) {
        try {
            return PageSetup.Paper.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
