package org.allianceexplorer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceexplorer.data.load.BundledDataset;

/**
 * What the build makes from the sources so that a start need not, or so that it cannot drift from them (issue
 * 16): the bundled datasets' databases; the user guide with the screenshots it shows; the list of the libraries
 * that ship with their licences (from the runtime class path this step runs on). Run by Maven in
 * {@code process-classes} with the classes directory and the project's directory; a failure fails the build.
 */
public final class BuildResources {

    /** An image in the guide: {@code ![alt](screenshots/NAME.png)}. */
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    /** A jar in a Maven repository: {@code …/GROUP/PATH/ARTIFACT/VERSION/ARTIFACT-VERSION[-CLASSIFIER].jar}. */
    private static final Pattern MAVEN_JAR =
            Pattern.compile(".*/repository/(.+)/([^/]+)/([^/]+)/\\2-\\3(-[^/]*)?\\.jar");

    private BuildResources() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildResources CLASSES_DIRECTORY PROJECT_DIRECTORY");
        }
        Path classes = Path.of(args[0]);
        Path project = Path.of(args[1]);
        BundledDataset.buildAll(classes.resolve("org/allianceexplorer/bundled"));
        copyGuide(project.resolve("docs"), classes.resolve("org/allianceexplorer/help/guide"));
        writeLibraries(
                System.getProperty("java.class.path"),
                project.resolve("src/main/build/licences.properties"),
                classes.resolve("org/allianceexplorer/io/libraries.tsv"));
    }

    /** Copies docs/user-guide.md and each picture it shows; a picture it names that is not there fails the build. */
    static void copyGuide(Path docs, Path out) throws IOException {
        Path guide = docs.resolve("user-guide.md");
        String text = Files.readString(guide);
        Files.createDirectories(out);
        Files.copy(guide, out.resolve("user-guide.md"), StandardCopyOption.REPLACE_EXISTING);
        Matcher m = IMAGE.matcher(text);
        while (m.find()) {
            String ref = m.group(1);
            Path from = docs.resolve(ref).normalize();
            if (!from.startsWith(docs) || !Files.isRegularFile(from)) {
                throw new IOException(guide + ": the picture " + ref + " is not in " + docs);
            }
            Path to = out.resolve(ref).normalize();
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes one line per library on {@code classPath} (group, artifact, version, licence; tab-separated, sorted),
     * and one per font the application's jar holds ({@code font:NAME} in {@code licences}, group {@code font}); a
     * library with no licence in {@code licences} fails the build.
     */
    static void writeLibraries(String classPath, Path licences, Path out) throws IOException {
        Properties known = new Properties();
        try (Reader r = Files.newBufferedReader(licences, StandardCharsets.UTF_8)) {
            known.load(r);
        }
        TreeSet<String> lines = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Matcher m = MAVEN_JAR.matcher(entry.replace('\\', '/'));
            if (!m.matches()) {
                continue; // the project's own classes
            }
            String group = m.group(1).replace('/', '.');
            String key = group + ":" + m.group(2);
            String licence = known.getProperty(key);
            if (licence == null) {
                unknown.add(key);
            } else {
                lines.add(group + "\t" + m.group(2) + "\t" + m.group(3) + "\t" + licence);
            }
        }
        // what ships inside the application's own jar (fonts): "font:NAME = VERSION|LICENCE"
        for (String key : known.stringPropertyNames()) {
            if (key.startsWith("font:")) {
                String[] v = known.getProperty(key).split("\\|", 2);
                lines.add("font\t" + key.substring(5) + "\t" + v[0] + "\t" + (v.length > 1 ? v[1] : "?"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IOException("no licence known for " + unknown + ": add each to " + licences
                    + " after checking that its licence fits Apache-2.0");
        }
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
