package org.allianceexplorer.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.app.AnimationChoice;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.ExportChoice;
import org.allianceexplorer.data.ServerAddress;

/**
 * Dialogs for view-model tests: the choosers answer {@link #saveTo}, {@link #folder}, {@link #openFile} and
 * {@link #choice} (and Export > Animation… {@link #animation}); every message shown is recorded in {@link #errors} ("title: message"), the informational ones
 * also in {@link #infos}.
 */
public final class TestDialogs implements DialogService {

    public Path saveTo;
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> links = new ArrayList<>();
    public ExportChoice choice = ExportChoice.DEFAULT;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    /** What the confirmations asked (title: message). */
    public final List<String> confirmations = new ArrayList<>();
    /** Whether a confirmation is answered yes. */
    public boolean confirmYes = true;

    @Override
    public void confirm(String title, String message, String action, Runnable onConfirm, Runnable onDecline) {
        confirmations.add(title + ": " + message);
        if (confirmYes) {
            onConfirm.run();
        } else {
            onDecline.run();
        }
    }

    /** What askText answers (null: cancelled). */
    public String text;

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(text);
    }

    @Override
    public void showInfo(String title, String message) {
        errors.add(title + ": " + message);
        infos.add(title + ": " + message);
    }

    /** What the folder chooser answers (null: cancelled). */
    public Path folder;

    /** What the open-file chooser answers (null: cancelled). */
    public Path openFile;

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String... patterns) {
        return Optional.ofNullable(openFile);
    }

    @Override
    public Optional<Path> chooseDatabase() {
        return Optional.empty();
    }

    /** What File > Connect to server is answered with (null: cancelled), and the address it offered. */
    public ServerLogin server;

    public ServerAddress serverOffered;

    @Override
    public Optional<ServerLogin> chooseServer(ServerAddress last) {
        serverOffered = last;
        return Optional.ofNullable(server);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String description, String extension, String suggestedName) {
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<ExportChoice> chooseExportOptions(String format) {
        return Optional.of(choice);
    }

    /** What Export > Animation… is answered with (null: cancelled), and what it offered. */
    public AnimationChoice animation;

    public AnimationChoice animationOffered;
    public String animationSubject;

    @Override
    public Optional<AnimationChoice> chooseAnimation(String subject, AnimationChoice initial) {
        animationSubject = subject;
        animationOffered = initial;
        return Optional.ofNullable(animation);
    }

    @Override
    public boolean openLink(String url) {
        links.add(url);
        return true;
    }
}
