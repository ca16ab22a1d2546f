package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save dialogs start in the folder last saved to; the export options say what they are for (issue 9, defect 23). */
class FxDialogServiceTest {

    private final Settings settings = Settings.memory();
    private final FxDialogService dialogs = new FxDialogService(null, null, settings);

    @Test
    void theSaveDialogOpensWhereTheLastExportWent(@TempDir Path dir) throws Exception {
        FileChooser first = dialogs.saveChooser("Export table as CSV", "CSV files", "csv", "seat-deals.csv");
        assertThat(first.getInitialDirectory()).isNull();
        assertThat(first.getInitialFileName()).isEqualTo("seat-deals.csv");

        Path folder = Files.createDirectories(dir.resolve("exports"));
        dialogs.saved(folder.resolve("seat-deals.csv"));
        FileChooser next = dialogs.saveChooser("Export PNG", "PNG files", "png", "timeline.png");
        assertThat(next.getInitialDirectory()).isEqualTo(folder.toFile());
        // remembered between runs: another dialog service on the same settings
        assertThat(new FxDialogService(null, null, settings)
                        .saveChooser("Export", "PDF files", "pdf", "x.pdf")
                        .getInitialDirectory())
                .isEqualTo(folder.toFile());

        Files.delete(folder);
        assertThat(dialogs.saveChooser("Export", "SVG files", "svg", "x.svg").getInitialDirectory())
                .as("a folder that is gone is not offered")
                .isNull();
        settings.put(FxDialogService.EXPORT_FOLDER, "\u0000not a path");
        assertThat(dialogs.lastFolder()).isEmpty();
    }

    @Test
    void theExportOptionsSayWhatTheyAreFor() {
        assertThat(FxDialogService.optionsHeader("bundle"))
                .isEqualTo("Page and resolution of the report bundle (PNG, SVG and PDF)")
                .doesNotContain("BUNDLE");
        assertThat(FxDialogService.optionsHeader("pdf")).isEqualTo("Page and resolution of the PDF document");
        assertThat(FxDialogService.optionsHeader("png")).endsWith("the PNG image");
        assertThat(FxDialogService.optionsHeader("svg")).endsWith("the SVG drawing");
    }
}
