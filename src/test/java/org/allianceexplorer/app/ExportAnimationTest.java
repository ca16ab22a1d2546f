package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.allianceexplorer.figure.AnimatedGifTest;
import org.allianceexplorer.figure.TimeStep;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledDb;
import org.allianceexplorer.testing.GifFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Export > Animation… without a window: the choices, the job with its progress and Cancel, the file. */
class ExportAnimationTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @TempDir
    Path dir;

    private final AppState state = new AppState();
    private final TestDialogs dialogs = new TestDialogs();
    private final List<String> progress = new ArrayList<>();
    /** Presses Cancel when this many progress messages were shown (0: never). */
    private int cancelAt;

    private final AbstractTaskRunner tasks = new AbstractTaskRunner() {
        @Override
        protected boolean execute(Job<?> job) {
            job.runWork();
            return true;
        }

        @Override
        protected void deliver(Runnable onFxThread) {
            onFxThread.run();
        }

        @Override
        public void progress(String message) {
            progress.add(message);
            if (progress.size() == cancelAt) {
                cancellableProperty().get().cancel();
            }
            super.progress(message);
        }
    };

    private final MainViewModel model =
            new MainViewModel(state, tasks, dialogs, new RecentDatabases(Settings.memory()));

    /** A disc moving over the frames asked for. */
    private static AnimationSource moving() {
        return new AnimationSource(
                "a moving disc", "disc", LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1), (days, p) -> {
                    for (int i = 1; i <= days.size(); i++) {
                        p.frame(i, days.size());
                    }
                    return new AnimatedGifTest.Moving(days.size());
                });
    }

    @BeforeEach
    void open() {
        state.sessionProperty().set(bundled.session());
    }

    @Test
    void offersTheSourcesRangeThenWritesTheChosenFramesSayingHowFarItGot() throws Exception {
        dialogs.animation =
                new AnimationChoice(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), TimeStep.parse("1m"), 4, 640);
        dialogs.saveTo = dir.resolve("disc.gif");
        model.exportAnimation(moving());

        assertThat(dialogs.animationSubject).isEqualTo("a moving disc");
        // the range offered, with a step that keeps it under 200 frames
        assertThat(dialogs.animationOffered)
                .isEqualTo(new AnimationChoice(
                        LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1), TimeStep.parse("1d"), 2, 1280));
        assertThat(dialogs.errors).isEmpty();
        GifFile gif = GifFile.read(dialogs.saveTo);
        assertThat(gif.frames()).hasSize(3);
        assertThat(gif.width()).isEqualTo(640);
        assertThat(gif.frames()).allSatisfy(f -> assertThat(f.delay()).isEqualTo(25));
        assertThat(progress)
                .containsExactly(
                        "Laying out disc.gif: frame 1 of 3",
                        "Laying out disc.gif: frame 2 of 3",
                        "Laying out disc.gif: frame 3 of 3",
                        "Exporting disc.gif: frame 1 of 3",
                        "Exporting disc.gif: frame 2 of 3",
                        "Exporting disc.gif: frame 3 of 3");
        assertThat(state.noticeProperty().get().text())
                .isEqualTo("Exported the animation of a moving disc (3 frames) to " + dialogs.saveTo.toAbsolutePath());
        assertThat(tasks.cancellableProperty().get()).isNull();
    }

    @Test
    void cancelWhileWritingLeavesNoFile() throws Exception {
        dialogs.animation =
                new AnimationChoice(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), TimeStep.parse("1w"), 2, 640);
        dialogs.saveTo = dir.resolve("never.gif");
        cancelAt = 13; // ten frames laid out, the third being written
        model.exportAnimation(moving());

        assertThat(progress).hasSize(13).last().isEqualTo("Exporting never.gif: frame 3 of 10");
        assertThat(dialogs.errors).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(state.noticeProperty().get().text())
                .isEqualTo("Export of never.gif cancelled; nothing was written (never.gif was not made)");
        assertThat(tasks.cancellableProperty().get()).isNull();
    }

    @Test
    void cancellingTheDialogDoesNothing() {
        dialogs.animation = null;
        dialogs.saveTo = dir.resolve("x.gif");
        model.exportAnimation(moving());
        assertThat(dialogs.saveTo).doesNotExist();
        assertThat(progress).isEmpty();
        assertThat(state.noticeProperty().get()).isNull();
    }

    @Test
    void aFailureSaysWhyAndLeavesNoFile() {
        dialogs.animation =
                new AnimationChoice(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), TimeStep.parse("1m"), 2, 640);
        dialogs.saveTo = dir.resolve("no-such-folder").resolve("x.gif");
        model.exportAnimation(moving());
        assertThat(dialogs.errors).singleElement().asString().contains("Export failed", "does not exist");
    }

    @Test
    void withoutAnAnimationItSaysWhereOneIs() {
        model.exportAnimation(null);
        assertThat(dialogs.infos).singleElement().asString().contains("Relationships screen");
    }
}
