package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.allianceexplorer.domain.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The interface's text (issue 16): each package's {@code messages.properties} (English) and
 * {@code messages_ur.properties} (Urdu) hold the same keys, every value is a pattern MessageFormat reads with the
 * same arguments in both, and every key the code asks for ({@code T.t("key"…)}) is in its package's bundle.
 */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern USE = Pattern.compile("\\bT\\.t\\(\\s*\"([^\"]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @AfterEach
    void english() {
        I18n.use("en");
    }

    static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties"))
                    .sorted()
                    .toList();
        }
    }

    static Properties read(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        // a properties file keeps the last of two lines with one key: the first one's text would silently be lost
        for (Path en : englishBundles()) {
            for (Path p : List.of(en, en.resolveSibling("messages_ur.properties"))) {
                Set<String> seen = new HashSet<>();
                Set<String> twice = new TreeSet<>();
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    int eq = t.indexOf('=');
                    if (t.isEmpty() || t.startsWith("#") || eq < 0) {
                        continue;
                    }
                    String key = t.substring(0, eq).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
                assertThat(twice).as(p + ": keys written twice").isEmpty();
            }
        }
    }

    @Test
    void everyBundleHasItsUrduTwinWithTheSameKeysAndArguments() throws IOException {
        List<Path> bundles = englishBundles();
        assertThat(bundles).isNotEmpty();
        for (Path en : bundles) {
            Path ur = en.resolveSibling("messages_ur.properties");
            assertThat(ur).as("Urdu beside " + en).exists();
            Properties e = read(en);
            Properties u = read(ur);
            assertThat(u.stringPropertyNames()).as(ur.toString()).isEqualTo(e.stringPropertyNames());
            for (String k : e.stringPropertyNames()) {
                String ev = e.getProperty(k);
                String uv = u.getProperty(k);
                assertThat(ev).as(en + ": " + k).isNotBlank();
                assertThat(uv).as(ur + ": " + k).isNotBlank();
                // both read as patterns, with the same arguments
                new MessageFormat(ev, Locale.ENGLISH);
                new MessageFormat(uv, Locale.forLanguageTag("ur"));
                assertThat(arguments(uv)).as(ur + ": " + k).isEqualTo(arguments(ev));
                // and both format (a choice's branch is a pattern of its own, read only when it is chosen): with a
                // negative, a zero, one and many for every argument
                for (int n : new int[] {-3, 0, 1, 5}) {
                    Object[] args = new Object[10];
                    Arrays.fill(args, n);
                    assertThat(new MessageFormat(ev, Locale.ENGLISH).format(args))
                            .as(en + ": " + k)
                            .isNotBlank();
                    assertThat(new MessageFormat(uv, Locale.forLanguageTag("ur")).format(args))
                            .as(ur + ": " + k)
                            .isNotBlank();
                }
                // every value is a MessageFormat pattern: an apostrophe is written twice, or it quotes what follows
                assertThat(ev.replace("''", ""))
                        .as(en + ": " + k + " (write an apostrophe as '')")
                        .doesNotContain("'");
                assertThat(uv.replace("''", ""))
                        .as(ur + ": " + k + " (write an apostrophe as '')")
                        .doesNotContain("'");
                // JavaFX's text layout on Linux draws brackets in right-to-left text at the wrong end, facing the
                // wrong way (NativeText says how): the Urdu text says it without them
                assertThat(uv)
                        .as(ur + ": " + k + " (no brackets in right-to-left text)")
                        .doesNotContainPattern("[()\\[\\]]");
            }
        }
    }

    @Test
    void urduTextHasNoPunctuationTheNaskhFaceLacksBesideUrduWords() throws Exception {
        // punctuation the Naskh face has no glyph for (a menu path's ">", a dash, quotes, an ellipsis) beside Urdu
        // words: JavaFX draws it from another face as a run of its own and puts the runs out of order, swapping the
        // words on its two sides. "X مینو میں Y" says a menu path; the face has ، ؛ : . for the rest
        List<String> found = new ArrayList<>();
        for (Path en : englishBundles()) {
            Path ur = en.resolveSibling("messages_ur.properties");
            Properties u = read(ur);
            for (String k : new TreeSet<>(u.stringPropertyNames())) {
                List<String> places = outOfFace(u.getProperty(k));
                if (!places.isEmpty()) {
                    found.add(ur + ": " + k + " " + places + ": " + u.getProperty(k));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void punctuationTheNaskhFaceLacksIsFoundBesideUrduWordsOnly() throws Exception {
        assertThat(outOfFace("فائل مینو میں نیا")).isEmpty();
        assertThat(outOfFace("فائل > نیا")).containsExactly("'>' at 5");
        assertThat(outOfFace("نئی فائل — ڈائیلاگ سے")).containsExactly("'\u2014' at 9");
        assertThat(outOfFace("\u2026 اور {0,number,integer} مزید")).containsExactly("'\u2026' at 0");
        assertThat(outOfFace("کوئی ریکارڈ منتخب کریں\u2026")).isEmpty();
        assertThat(outOfFace("CSV برآمد کریں\u2026")).containsExactly("'\u2026' at 14");
        assertThat(outOfFace("کھلے ڈیٹابیس {0} میں، ایک ہی ٹرانزیکشن: سب یا کچھ نہیں"))
                .isEmpty();
        // between Latin words (a command, a path) it is drawn with them, in order
        assertThat(outOfFace("import-results --into ڈیٹابیس")).isEmpty();
        assertThat(outOfFace("\u200e~/.pgpass فائل")).isEmpty();
    }

    private static Font naskh;

    /** The places in {@code text} of a character the bundled Naskh face lacks that is not in a Latin word. */
    static List<String> outOfFace(String text) throws Exception {
        if (naskh == null) {
            try (var in = MessagesTest.class.getResourceAsStream(
                    "/org/allianceexplorer/figure/fonts/NotoNaskhArabic-Regular.ttf")) {
                naskh = Font.createFont(Font.TRUETYPE_FONT, in);
            }
        }
        // an argument: unknown text, not a glyph. An ellipsis that ends Urdu words is drawn at their end, where it
        // belongs, unless a left-to-right word or an argument comes in the text too ("CSV برآمد کریں…" has it beside
        // CSV)
        String plain = marked(text);
        if (plain.chars().noneMatch(c -> c == '\u0001' || strong((char) c) == 'L')) {
            plain = plain.replaceAll("\u2026$", "");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '\u0001' || Character.isWhitespace(c) || naskh.canDisplay(c) || strong(c) != 0) {
                continue;
            }
            if (strongNear(plain, i, -1) == 'R' || strongNear(plain, i, 1) == 'R') {
                out.add("'" + c + "' at " + i);
            }
        }
        return out;
    }

    /**
     * {@code pattern} with each argument ({@code {0}}, a choice with its branches) as one mark: what it shows is not
     * the pattern's own text (a choice's branches are checked as the words of the value they are in, roughly enough).
     */
    private static String marked(String pattern) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                out.append('\u0001');
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** 'L' for a left-to-right letter or digit, 'R' for a right-to-left one, else 0. */
    private static char strong(char c) {
        return switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_EUROPEAN_NUMBER -> 'L';
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> 'R';
            default -> 0;
        };
    }

    /** The direction of the first letter from {@code i} on towards {@code step}, past spaces and punctuation. */
    private static char strongNear(String s, int i, int step) {
        for (int j = i + step; j >= 0 && j < s.length(); j += step) {
            char d = strong(s.charAt(j));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    @Test
    void everyKeyTheCodeAsksForIsInItsPackagesBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        int used = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(java);
                Matcher m = USE.matcher(text);
                Path bundle =
                        RESOURCES.resolve(SOURCES.relativize(java.getParent())).resolve("messages.properties");
                Properties keys = Files.exists(bundle) ? read(bundle) : new Properties();
                while (m.find()) {
                    used++;
                    if (!keys.containsKey(m.group(1))) {
                        missing.add(java.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("keys asked for (the scan finds the code's uses)").isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void theLanguageChosenIsTheOneSpokenAndUrduReadsRightToLeft() {
        I18n.Messages t = I18n.of(I18n.class);
        I18n.use("en");
        assertThat(t.t("menu.file")).isEqualTo("File");
        assertThat(I18n.rightToLeft()).isFalse();
        assertThat(I18n.aside("Form-47")).isEqualTo(" (Form-47)");
        assertThat(I18n.separator()).isEqualTo(" \u00b7 ");
        assertThat(PartialDate.parse("2016-08-23").display(I18n.locale())).isEqualTo("23 Aug 2016");
        I18n.use("ur");
        assertThat(t.t("menu.file")).isEqualTo("فائل");
        assertThat(t.t("status.asOf", "14 فروری 2024")).isEqualTo("بتاریخ 14 فروری 2024");
        assertThat(I18n.rightToLeft()).isTrue();
        assertThat(Locale.getDefault(Locale.Category.FORMAT).getLanguage()).isEqualTo("ur");
        // what the views put between and after words: no glyph the Naskh face lacks, no bracket, in Urdu
        assertThat(I18n.aside("Form-47")).isEqualTo("، Form-47");
        assertThat(I18n.separator()).isEqualTo("؛ ");
        assertThat(PartialDate.parse("2016-08-23").display(I18n.locale())).isEqualTo("23 اگست 2016");
        // an unknown language is English; a key not in the bundle shows as itself
        I18n.use("xx");
        assertThat(t.t("menu.file")).isEqualTo("File");
        assertThat(t.t("no.such.key")).isEqualTo("no.such.key");
        // a doubled apostrophe is one, with arguments or without
        assertThat(t.t("shortcut.table.copyValues")).isEqualTo("Copy the selected rows' values only");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
