package org.allianceexplorer.data.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.allianceexplorer.cli.Cli;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.data.imports.results.ResultsReport;
import org.allianceexplorer.testing.CsvFiles;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malaysia GE15's results (the wide Tindak Malaysia file with its shipped mapping: a block of columns a coalition,
 * 222 seats) imported into a file and into a team database made from the same hand-written records: both say the
 * same, and their dumps are identical (issue 17: one set of rules on both engines).
 */
class MalaysiaResultsOnBothEnginesTest {

    @TempDir
    Path dir;

    private Map<String, String> dump(String db) throws Exception {
        Path out = dir.resolve("dump-" + Math.abs(db.hashCode()));
        StringWriter err = new StringWriter();
        int code = Cli.run(
                new String[] {"dump", "--db", db, "--out", out.toString()},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        Map<String, String> files = CsvFiles.contents(out);
        files.remove("manifest.csv"); // names the database
        return files;
    }

    @Test
    void theWideFileImportsTheSameIntoAFileAndATeamDatabase() throws Exception {
        Path base = dir.resolve("base.sqlite");
        ImportReport made = DatasetImport.toNewFile(
                MalaysiaGe15Build.topOnly(MalaysiaGe15Build.DATASET), "base", base, Importer.Settings.DEFAULT, s -> {});
        assertThat(made.ok()).as(made.problems().toString()).isTrue();
        Path file = Files.copy(base, dir.resolve("file.sqlite"));
        ServerAddress server = TestServer.newCopy(base);
        ResultsImport.Settings settings = ResultsImport.Settings.of(
                        MalaysiaGe15Build.FILE,
                        MalaysiaGe15Build.ELECTION,
                        MalaysiaGe15Build.ASSEMBLY,
                        ResultsImport.Source.NONE)
                .withMap(MalaysiaGe15Build.MAP);

        ResultsReport onFile = ResultsImport.intoFile(file, settings, s -> {});
        ResultsReport onServer = ResultsImport.intoServer(server, settings, s -> {});

        assertThat(onFile.ok()).as(onFile.problems().toString()).isTrue();
        assertThat(onServer.summary()).isEqualTo(onFile.summary());
        assertThat(onServer.countLines()).isEqualTo(onFile.countLines());
        Map<String, String> fromFile = dump(file.toString());
        assertThat(fromFile.get("candidacies.csv").lines().count()).isGreaterThan(900);
        assertThat(dump(server.toString())).isEqualTo(fromFile);
    }
}
