package org.allianceexplorer.figure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.io.AtomicFile;
import org.allianceexplorer.io.Column;
import org.allianceexplorer.io.SafeCsv;

/**
 * A report bundle: the figure as PNG, SVG and PDF, the CSV of exactly the data plotted, the list of the
 * sources behind it, and a README naming them all. Written as a folder, or as a zip when the name ends
 * in {@code .zip}; either appears whole or not at all, and an existing target is never overwritten.
 */
public final class ReportBundle {

    private ReportBundle() {}

    private static final List<Column<Source>> SOURCES = List.of(
            Column.text("id", Source::code),
            Column.text("outlet", Source::outlet),
            Column.text("title", Source::title),
            Column.text(
                    "published",
                    s -> s.published() == null ? null : s.published().iso()),
            Column.text("url", Source::url),
            Column.text(
                    "retrieved",
                    s -> s.retrieved() == null ? null : s.retrieved().iso()),
            Column.text("snippet", Source::snippet));

    /** Writes the bundle to {@code out} (a folder, or a {@code .zip} file), which must not exist. */
    public static void write(Figure figure, Path out, FigureExporter.Size size, PageSetup page)
            throws AtomicFile.OutputException {
        if (Files.exists(out)) {
            throw new AtomicFile.OutputException(out + ": already exists; choose a new name for the bundle", null);
        }
        Map<String, byte[]> files;
        try {
            files = contents(figure, size, page);
        } catch (IOException e) {
            throw new AtomicFile.OutputException(out + ": cannot make the bundle (" + e.getMessage() + ")", e);
        }
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            AtomicFile.write(out, stream -> zip(files, stream));
        } else {
            AtomicFile.writeFile(out, tmp -> folder(files, tmp));
        }
    }

    /** The file names and bytes of a bundle, in the order a reader should look at them. */
    static Map<String, byte[]> contents(Figure figure, FigureExporter.Size size, PageSetup page) throws IOException {
        String name = slug(figure.info().title());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (FigureFormat f : FigureFormat.values()) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            FigureExporter.writeTo(figure, f, b, size, page);
            files.put(name + "." + f.extension(), b.toByteArray());
        }
        FigureData data = figure.data();
        files.put(name + "-data.csv", csv(data));
        files.put(name + "-sources.csv", sources(data.sources()));
        files.put("README.txt", readme(figure, name, data).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static byte[] csv(FigureData data) throws IOException {
        List<Column<List<String>>> columns = new ArrayList<>();
        for (int i = 0; i < data.header().size(); i++) {
            int c = i;
            columns.add(Column.text(data.header().get(i), row -> row.get(c)));
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(b, StandardCharsets.UTF_8);
        try (SafeCsv<List<String>> csv = new SafeCsv<>(w, columns)) {
            for (List<String> row : data.rows()) {
                csv.write(row);
            }
        }
        return b.toByteArray();
    }

    private static byte[] sources(List<Source> sources) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(b, StandardCharsets.UTF_8);
        try (SafeCsv<Source> csv = new SafeCsv<>(w, SOURCES)) {
            for (Source s : sources) {
                csv.write(s);
            }
        }
        return b.toByteArray();
    }

    private static String readme(Figure figure, String name, FigureData data) {
        FigureInfo info = figure.info();
        StringBuilder sb = new StringBuilder();
        sb.append(info.title()).append('\n');
        if (info.subtitle() != null) {
            sb.append(info.subtitle()).append('\n');
        }
        if (info.asOf() != null) {
            sb.append(info.asOf()).append('\n');
        }
        sb.append("\nFiles\n");
        sb.append("  ").append(name).append(".png   the figure as an image\n");
        sb.append("  ").append(name).append(".svg   the figure as vector graphics (text as text, fonts embedded)\n");
        sb.append("  ").append(name).append(".pdf   the figure as PDF (text as text, fonts embedded)\n");
        sb.append("  ")
                .append(name)
                .append("-data.csv   the ")
                .append(data.rows().size())
                .append(" rows plotted\n");
        sb.append("  ")
                .append(name)
                .append("-sources.csv   the ")
                .append(data.sources().size())
                .append(" sources behind them (outlet, title, date, URL)\n");
        sb.append("\nCredits\n");
        for (String c : info.credits()) {
            sb.append("  ").append(c).append('\n');
        }
        sb.append("\nMade with Alliance Explorer. CSV cells that begin with = + - @ are prefixed with ' so"
                + " spreadsheets show them as text.\n");
        return sb.toString();
    }

    private static void zip(Map<String, byte[]> files, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey()));
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void folder(Map<String, byte[]> files, Path tmp) throws IOException {
        Files.createDirectory(tmp);
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(tmp.resolve(e.getKey()), e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A file name from a title: lower case, letters and digits joined by hyphens. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) {
            // cut between words, not inside one ("...-election-2024" must not become "...-election-202")
            int cut = s.lastIndexOf('-', 60);
            s = (s.charAt(60) == '-' ? s.substring(0, 60) : s.substring(0, cut > 0 ? cut : 60)).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "figure" : s;
    }
}
