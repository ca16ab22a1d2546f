package org.allianceexplorer.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the build wrote about itself: its version ({@code build.properties}, filled in by Maven) and the libraries
 * that ship with their licences ({@code libraries.tsv}, written by {@code BuildResources}). Help > About and
 * {@code --version} read them.
 */
public final class BuildInfo {

    /** A library that ships in the application. */
    public record Library(String group, String artifact, String version, String licence) {}

    private BuildInfo() {}

    /** The application's version, e.g. {@code 0.1.0-SNAPSHOT}; "development" where the build wrote none. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "");
        return v.isBlank() || v.contains("${") ? "development" : v;
    }

    /** The libraries that ship, by group and artifact (empty where the build did not list them). */
    public static List<Library> libraries() {
        List<Library> out = new ArrayList<>();
        try (InputStream in = BuildInfo.class.getResourceAsStream("libraries.tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length == 4 && !line.startsWith("#")) {
                    out.add(new Library(f[0], f[1], f[2], f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
