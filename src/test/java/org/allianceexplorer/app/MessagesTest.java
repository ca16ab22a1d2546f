package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
                // nor a menu path's ">": the Naskh face has no such glyph, and JavaFX puts one drawn from another face
                // in right-to-left text out of order, swapping the words on its two sides ("X مینو میں Y" says it)
                assertThat(uv)
                        .as(ur + ": " + k + " (a menu path in words, not X > Y)")
                        .doesNotContain(">");
            }
        }
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
        I18n.use("ur");
        assertThat(t.t("menu.file")).isEqualTo("فائل");
        assertThat(t.t("status.asOf", "14 فروری 2024")).isEqualTo("بتاریخ 14 فروری 2024");
        assertThat(I18n.rightToLeft()).isTrue();
        assertThat(Locale.getDefault(Locale.Category.FORMAT).getLanguage()).isEqualTo("ur");
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
