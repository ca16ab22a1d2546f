package org.allianceexplorer.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The interface's language. Each feature package keeps its own text in {@code messages.properties} beside its
 * classes (English) and {@code messages_ur.properties} (Urdu); {@link #of(Class)} gives a package its
 * {@link Messages}. The language is chosen in the preferences and applied when the window starts
 * ({@link #use}); figures keep their own language setting, the command line stays English.
 */
public final class I18n {

    /** The interface languages there are, as language tags: English and Urdu. */
    public static final Set<String> LANGUAGES = Set.of("en", "ur");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ur", "ar", "fa", "he", "ps", "sd");

    private static volatile Locale locale = Locale.ENGLISH;

    /** The machine's locales, which dates and numbers follow while the interface is English. */
    private static final Locale MACHINE_DISPLAY = Locale.getDefault(Locale.Category.DISPLAY);

    private static final Locale MACHINE_FORMAT = Locale.getDefault(Locale.Category.FORMAT);

    private I18n() {}

    /**
     * Speaks {@code language} ({@code en}, {@code ur}; empty or unknown: English) from now on. Urdu is also the
     * locale that dates and numbers follow (Pakistan's); in English they follow the machine's locale.
     */
    public static void use(String language) {
        String tag = language == null ? "" : language.strip();
        Locale l = LANGUAGES.contains(tag) ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
        locale = l;
        boolean urdu = l.getLanguage().equals("ur");
        Locale.setDefault(Locale.Category.DISPLAY, urdu ? l : MACHINE_DISPLAY);
        Locale.setDefault(Locale.Category.FORMAT, urdu ? Locale.forLanguageTag("ur-PK") : MACHINE_FORMAT);
    }

    /** The interface's locale. */
    public static Locale locale() {
        return locale;
    }

    /**
     * A few words said in passing after a name or a figure: " (Form-47)" in English, "، Form-47" in Urdu (brackets
     * around a Latin word in right-to-left text are drawn at the wrong ends). The one place a view adds an aside.
     */
    public static String aside(String words) {
        return of(I18n.class).t("aside", words);
    }

    /**
     * What stands between the parts of a line ("General election 2024 · 8 Feb 2024"): a middle dot in English, the
     * Arabic semicolon in Urdu (the Naskh face has no middle dot, and one drawn from another face swaps the words
     * around it; the semicolon is a right-to-left letter to the layout, so a number after a Latin name stays apart).
     */
    public static String separator() {
        return of(I18n.class).t("separator");
    }

    /**
     * Text that reads left to right (a path, the importer's English) set in the interface's text: in right-to-left
     * text a left-to-right mark before it keeps its first character, a path's "/", at its start. The mark stands
     * beside Latin letters only, where the Latin face draws it (the Naskh face would show it as a box).
     */
    public static String leftToRight(String text) {
        return rightToLeft() ? "\u200e" + text : text;
    }

    /** Whether the interface reads right to left (Urdu). */
    public static boolean rightToLeft() {
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /** The text of the package of {@code owner}, in the interface's language. */
    public static Messages of(Class<?> owner) {
        return new Messages(owner.getPackageName() + ".messages");
    }

    /** A screen's title: {@code screen.title} of the package of {@code feature}. */
    public static String screenTitle(Class<?> feature) {
        return of(feature).t("screen.title");
    }

    /** A package's interface text: {@code t(key)} or {@code t(key, args)} ({@link MessageFormat} patterns). */
    public static final class Messages {

        private final String baseName;

        Messages(String baseName) {
            this.baseName = baseName;
        }

        /**
         * The text of {@code key} with its {@code {0}}, {@code {1}}… filled in, numbers in the interface's locale.
         * Every value is a MessageFormat pattern, arguments or not (a quote is written twice); a key missing from
         * the bundle shows as itself, never as an error.
         */
        public String t(String key, Object... args) {
            String pattern;
            try {
                pattern = bundle().getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
            return new MessageFormat(pattern, locale).format(args);
        }

        /**
         * The name of an enum constant: the text of {@code prefix.constant}, the constant in lower camel case
         * ({@code edgeType} and {@code SEAT_DEAL}: {@code edgeType.seatDeal}).
         */
        public String name(String prefix, Enum<?> constant) {
            StringBuilder key = new StringBuilder(prefix).append('.');
            String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
            key.append(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return t(key.toString());
        }

        /** The bundle in the language now chosen (read once per language; ResourceBundle keeps them). */
        ResourceBundle bundle() {
            return ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(), ENGLISH_FALLBACK);
        }
    }

    /** No fall back to the machine's locale: a language without its file is English (messages.properties). */
    private static final ResourceBundle.Control ENGLISH_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
