package org.allianceexplorer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.data.ServerAddress;

/** The databases opened lately, newest first, remembered in {@link Settings}. */
public final class RecentDatabases {

    static final int LIMIT = 8;
    private static final String KEY = "recent.";
    private static final String BUNDLED_LAST = "recent.bundled-last";
    private static final String BUNDLED_KEY = "recent.bundled-key";
    /** The team database connected to last: its address only (no password is ever kept). */
    private static final String SERVER = "recent.server";

    private final Settings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentDatabases(Settings settings) {
        this.settings = settings;
        for (int i = 0; i < LIMIT; i++) {
            String p = settings.get(KEY + i, null);
            if (p != null && !p.isBlank()) {
                files.add(Path.of(p));
            }
        }
    }

    /** The team database connected to last, or null. */
    public ServerAddress lastServer() {
        String text = settings.get(SERVER, null);
        try {
            return text == null || text.isBlank() ? null : ServerAddress.parse(text);
        } catch (RuntimeException e) {
            return null; // a stored address this version cannot read is offered as none
        }
    }

    /** A team database was opened: offered again by the next Connect to server. */
    public void openedServer(ServerAddress address) {
        settings.put(SERVER, address.toString());
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** The bundled dataset was opened last: it is what opens next time. */
    public void openedBundled() {
        openedBundled(null);
    }

    /** The bundled dataset of that key ({@code --dataset KEY}) was opened last: it opens next time. */
    public void openedBundled(String key) {
        settings.put(BUNDLED_LAST, "true");
        settings.put(BUNDLED_KEY, key == null ? "" : key);
    }

    /** The key of the bundled dataset opened last, or {@code null} for the default one. */
    public String bundledKey() {
        String k = settings.get(BUNDLED_KEY, "");
        return k == null || k.isBlank() ? null : k;
    }

    /** The user's database opened last, if it was not the bundled dataset and still exists; else {@code null}. */
    public Path reopen() {
        Path last = last();
        boolean bundled = Boolean.parseBoolean(settings.get(BUNDLED_LAST, "true"));
        return !bundled && last != null && Files.isRegularFile(last) ? last : null;
    }

    /**
     * The user's database opened last when it is not there any more (moved, deleted, a drive not mounted),
     * so that {@link #reopen} gave nothing; else {@code null}.
     */
    public Path missing() {
        Path last = last();
        boolean bundled = Boolean.parseBoolean(settings.get(BUNDLED_LAST, "true"));
        return !bundled && last != null && !Files.isRegularFile(last) ? last : null;
    }

    /** Puts {@code file} first. */
    public void opened(Path file) {
        settings.put(BUNDLED_LAST, "false");
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(abs);
        next.add(0, abs);
        while (next.size() > LIMIT) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        save();
    }

    /** Forgets a file that could not be opened any more. */
    public void forget(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        save();
    }

    /** The most recent, if any. */
    public Path last() {
        return files.isEmpty() ? null : files.get(0);
    }

    private void save() {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                settings.put(KEY + i, files.get(i).toString());
            } else {
                settings.remove(KEY + i);
            }
        }
    }
}
