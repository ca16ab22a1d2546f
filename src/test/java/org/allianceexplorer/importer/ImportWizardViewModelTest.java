package org.allianceexplorer.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.app.AbstractTaskRunner;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.RecentDatabases;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.data.imports.results.ResultsMapping;
import org.allianceexplorer.data.imports.results.ResultsPreview;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.edit.HistoryRow;
import org.allianceexplorer.io.ZipInput;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledCounts;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's state and commands, without a window (immediate task runner, bundled dataset open). */
class ImportWizardViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    static final Path MALAYSIA = Path.of("../shared/data/malaysia-ge15-2022/MALAYSIA_2022_PARLIAMENT_RESULTS.csv");

    @TempDir
    Path dir;

    private final AppState state = new AppState();
    private final TestDialogs dialogs = new TestDialogs();
    private final MainViewModel main =
            new MainViewModel(state, TaskRunner.immediate(), dialogs, new RecentDatabases(Settings.memory()));
    private final ImportWizardViewModel wizard = new ImportWizardViewModel(state, main, dialogs);

    @AfterEach
    void close() {
        if (state.getSession() != null && state.getSession() != bundled.session()) {
            state.getSession().database().close();
        }
    }

    private Path malaysia() {
        Path p = MALAYSIA;
        if (!Files.exists(p)) {
            p = Path.of("/work/shared/data/malaysia-ge15-2022/MALAYSIA_2022_PARLIAMENT_RESULTS.csv");
        }
        return p;
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private void openBundled() {
        state.sessionProperty().set(bundled.session());
        wizard.reset();
    }

    /** The election, assembly and source every row is filed under and cites. */
    private void fileUnder(String election) {
        wizard.form().electionProperty().set(election);
        wizard.form().electionNameProperty().set("A test election");
        wizard.form().pollingDayProperty().set("2030-01-01");
        wizard.form().countryProperty().set("PAK");
        wizard.form().assemblyProperty().set("NA");
        wizard.form().sourceOutletProperty().set("Test outlet");
        wizard.form().sourceUrlProperty().set("https://example.org/results");
    }

    @Test
    void theMalaysiaFileIsDetectedAsWideWithItsBlocks() {
        openBundled();
        wizard.choose(malaysia());

        assertThat(wizard.kindProperty().get()).isEqualTo(ImportWizardViewModel.Kind.RESULTS);
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.DETECTED);
        assertThat(wizard.mapping().previewProblems()).isEmpty();
        ResultsPreview.Preview p = wizard.mapping().previewProperty().get();
        assertThat(p.layout()).isEqualTo(ResultsMapping.Layout.WIDE);
        assertThat(wizard.mapping().layoutProperty().get()).isEqualTo(ResultsMapping.Layout.WIDE);
        assertThat(p.blocks())
                .extracting(ResultsPreview.Block::name)
                .startsWith("BN", "PH", "PN", "GTA", "GPS", "GRS", "WARISAN");
        assertThat(wizard.detected())
                .anySatisfy(l -> assertThat(l).contains("UTF-8 with byte order mark, comma-separated"))
                .anySatisfy(
                        l -> assertThat(l).startsWith("Layout: wide layout: seat C (PARLIAMENTARY CONSTITUENCY CODE)"));
        ColumnChoice seat = wizard.mapping().columns().stream()
                .filter(c -> c.header().equals("PARLIAMENTARY CONSTITUENCY CODE"))
                .findFirst()
                .orElseThrow();
        assertThat(seat.roleProperty().get()).isEqualTo(Role.SEAT);
        assertThat(wizard.mapping().columns().stream().filter(c -> c.header().equals("BN VOTE")))
                .singleElement()
                .satisfies(c -> assertThat(c.roleProperty().get()).isEqualTo(Role.BLOCK_VOTES));
        assertThat(wizard.mapping().rows()).hasSize(ColumnMapping.PREVIEW_ROWS);
        assertThat(wizard.mapping().results())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(wizard.mapping().results().get(0).seat()).isEqualTo("P. 001");
    }

    @Test
    void theShippedMappingMakesCoalitionLabels() {
        openBundled();
        wizard.choose(malaysia());
        wizard.mapping().loadMapping(Path.of("data/mappings/malaysia-ge15-parliament.properties"));

        assertThat(wizard.mapping().mappingNameProperty().get()).isEqualTo("malaysia-ge15-parliament.properties");
        assertThat(wizard.mapping().coalitionsProperty().get()).isEqualTo("BN; PH; PN; GTA; GPS; GRS");
        assertThat(wizard.form().sourceOutletProperty().get()).isEqualTo("Tindak Malaysia, CC-BY-4.0");
        // a coalition's block joins its name and the component party, as the file's WINNING PARTY column does
        assertThat(wizard.mapping().results())
                .anySatisfy(r -> assertThat(r.label()).startsWith("PN - "));
    }

    @Test
    void aLongCsvIsDetectedAndChangingARoleUpdatesThePreviewAtOnce() throws IOException {
        openBundled();
        Path f = csv(
                "long.csv",
                "seat,candidate,party,votes,votes_final",
                "NA-242,Candidate A,MQM-P,n/a,61944",
                "NA-242,Candidate B,ANP,n/a,30011");
        wizard.choose(f);

        assertThat(wizard.mapping().layoutProperty().get()).isEqualTo(ResultsMapping.Layout.LONG);
        assertThat(wizard.mapping().columns())
                .extracting(c -> c.roleProperty().get())
                .containsExactly(Role.SEAT, Role.CANDIDATE, Role.PARTY, Role.VOTES, Role.NONE);
        assertThat(wizard.mapping().results())
                .extracting(ResultsPreview.Result::problem)
                .allSatisfy(p -> assertThat(p).contains("'n/a' is not a whole number of votes"));
        assertThat(wizard.mapping().previewProblems())
                .anySatisfy(p -> assertThat(p).startsWith("long.csv line 2: column D (votes)"));

        // the user says the votes are in the last column: the preview reads it at once
        wizard.mapping().columns().get(4).roleProperty().set(Role.VOTES);

        assertThat(wizard.mapping().columns())
                .extracting(c -> c.roleProperty().get())
                .containsExactly(Role.SEAT, Role.CANDIDATE, Role.PARTY, Role.NONE, Role.VOTES);
        assertThat(wizard.mapping().results())
                .extracting(ResultsPreview.Result::votes)
                .containsExactly("61,944", "30,011");
        assertThat(wizard.mapping().results())
                .allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(wizard.mapping().previewProblems()).isEmpty();

        // and the mapping saved says so, in the documented format, and loads back the same
        Path saved = dir.resolve("saved.properties");
        wizard.mapping().saveMapping(saved);
        assertThat(Files.readAllLines(saved)).contains("votes = votes_final", "layout = long");
        wizard.choose(f);
        wizard.mapping().loadMapping(saved);
        assertThat(wizard.mapping().columns().get(4).roleProperty().get()).isEqualTo(Role.VOTES);
    }

    @Test
    void resolvingAnUnknownLabelAsAnAliasMakesTheImportRunnable() throws IOException {
        openBundled();
        Path f = csv(
                "labels.csv",
                "seat,candidate,party,votes",
                "NA-900,Candidate A,MQM-P,100",
                "NA-900,Candidate B,Awami National Party,90",
                "NA-901,Candidate C,Awami National Party,80",
                "NA-901,Candidate D,PPP,70");
        wizard.choose(f);
        fileUnder("test-2030");
        wizard.next(); // columns
        wizard.next(); // labels: checked on the way

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.LABELS);
        assertThat(wizard.resolution().labels()).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo("Awami National Party");
            assertThat(l.count()).isEqualTo(2);
            assertThat(l.where()).isEqualTo("labels.csv line 3, column C (party)");
        });
        assertThat(wizard.importRun().canImport().get()).isFalse();
        assertThat(wizard.importCheck().problems())
                .anySatisfy(p -> assertThat(p).contains("party label 'Awami National Party' (2 rows)"));

        LabelChoice anp = wizard.resolution().labels().get(0);
        anp.actionProperty().set(LabelChoice.Action.ALIAS);
        anp.partyProperty().set("ANP");
        assertThat(wizard.importCheck().checkProperty().get()).isNull(); // changed: check again first
        wizard.next(); // problems, checked again

        assertThat(wizard.importCheck().checkProperty().get().ok()).isTrue();
        assertThat(wizard.importCheck().problems()).isEmpty();
        assertThat(wizard.importRun().canImport().get()).isTrue();

        // the bundled dataset is never written: the results go into a new file, which opens
        dialogs.saveTo = dir.resolve("with-results.sqlite");
        long before = bundled.session().counts().get(RecordKind.RESULTS);
        wizard.importNow();

        assertThat(dialogs.errors).isEmpty();
        assertThat(wizard.importRun().doneProperty().get()).isTrue();
        assertThat(wizard.importRun().outcomeProperty().get())
                .contains("4 results added")
                .contains("aliases added 1");
        assertThat(state.getSession().name()).isEqualTo("with-results.sqlite");
        assertThat(state.getSession().counts().get(RecordKind.RESULTS)).isEqualTo(before + 4);
        assertThat(state.getSession().counts().get(RecordKind.PARTIES)).isEqualTo(BundledCounts.PARTIES);
    }

    @Test
    void aLabelMadeANewPartyAddsThePartyWithItsColour() throws IOException {
        openBundled();
        Path f = csv("new.csv", "seat,candidate,party,votes", "NA-900,Candidate A,XYZ,100");
        wizard.choose(f);
        fileUnder("test-2030");
        wizard.goTo(ImportWizardViewModel.Step.LABELS);
        LabelChoice xyz = wizard.resolution().labels().get(0);
        xyz.actionProperty().set(LabelChoice.Action.NEW_PARTY);
        xyz.nameProperty().set("Xyz Party");
        xyz.colourProperty().set("#12ab34");
        wizard.goTo(ImportWizardViewModel.Step.CHECK);
        assertThat(wizard.importCheck().checkProperty().get().ok()).isTrue();

        dialogs.saveTo = dir.resolve("new-party.sqlite");
        wizard.importNow();

        assertThat(state.getSession().counts().get(RecordKind.PARTIES)).isEqualTo(BundledCounts.PARTIES + 1);
        assertThat(state.getSession().repositories().parties().party("XYZ"))
                .hasValueSatisfying(p -> assertThat(p.colour()).isEqualToIgnoringCase("#12AB34"));
    }

    @Test
    void aNewPartyLeftOnItsSuggestedColourIsStoredWithIt() throws IOException {
        // a connection of its own: the class's shared one is closed by the first import that opens its new file
        Session own = Session.of(BundledDb.open());
        state.sessionProperty().set(own);
        wizard.reset();
        List<String> taken = own.repositories().parties().parties(RecordFilter.ALL).stream()
                .map(Party::colour)
                .filter(c -> c != null && !c.isBlank())
                .toList();
        assertThat(taken).isNotEmpty();
        Path f = csv(
                "two-new.csv",
                "seat,candidate,party,votes",
                "NA-900,Candidate A,XYZ,100",
                "NA-900,Candidate B,XYZ,90",
                "NA-901,Candidate C,QRS,80");
        wizard.choose(f);
        fileUnder("test-2030");
        wizard.goTo(ImportWizardViewModel.Step.LABELS);
        assertThat(wizard.resolution().labels()).extracting(LabelChoice::label).containsExactly("XYZ", "QRS");
        LabelChoice xyz = wizard.resolution().labels().get(0);
        LabelChoice qrs = wizard.resolution().labels().get(1);
        String xyzColour = xyz.colourProperty().get();
        String qrsColour = qrs.colourProperty().get();

        // a real colour, unlike the database's parties' and unlike each other
        assertThat(xyzColour).matches("#[0-9A-F]{6}");
        assertThat(qrsColour).matches("#[0-9A-F]{6}").isNotEqualTo(xyzColour);
        for (String c : List.of(xyzColour, qrsColour)) {
            assertThat(taken)
                    .allSatisfy(
                            t -> assertThat(SuggestedColours.distance(SuggestedColours.rgb(c), SuggestedColours.rgb(t)))
                                    .as(c + " against " + t)
                                    .isGreaterThanOrEqualTo(SuggestedColours.MIN_DISTANCE));
        }
        assertThat(SuggestedColours.distance(SuggestedColours.rgb(xyzColour), SuggestedColours.rgb(qrsColour)))
                .isGreaterThanOrEqualTo(SuggestedColours.MIN_DISTANCE);

        // deterministic: the same file on the same database suggests the same colours
        ImportWizardViewModel other = new ImportWizardViewModel(state, main, dialogs);
        other.reset();
        other.choose(f);
        other.form().electionProperty().set("test-2030");
        other.form().assemblyProperty().set("NA");
        other.goTo(ImportWizardViewModel.Step.LABELS);
        assertThat(other.resolution().labels())
                .extracting(l -> l.colourProperty().get())
                .containsExactly(xyzColour, qrsColour);

        // nothing picked: the parties are stored with the colours the picker showed
        for (LabelChoice c : List.of(xyz, qrs)) {
            c.actionProperty().set(LabelChoice.Action.NEW_PARTY);
            c.nameProperty().set(c.label() + " Party");
        }
        wizard.goTo(ImportWizardViewModel.Step.CHECK);
        assertThat(wizard.importCheck().checkProperty().get().ok())
                .as(String.join("\n", wizard.importCheck().problems()))
                .isTrue();
        dialogs.saveTo = dir.resolve("suggested.sqlite");
        wizard.importNow();

        assertThat(state.getSession().name()).isEqualTo("suggested.sqlite");
        assertThat(state.getSession().repositories().parties().party("XYZ"))
                .hasValueSatisfying(p -> assertThat(p.colour()).isEqualTo(xyzColour));
        assertThat(state.getSession().repositories().parties().party("QRS"))
                .hasValueSatisfying(p -> assertThat(p.colour()).isEqualTo(qrsColour));
    }

    @Test
    void suggestedColoursKeepClearOfThoseTaken() {
        String first = SuggestedColours.suggest(List.of());
        assertThat(first).isEqualTo(SuggestedColours.candidate(0));
        // the first candidate taken: the next suggestion is another, far enough from it
        String second = SuggestedColours.suggest(List.of(first, "not a colour"));
        assertThat(second).isNotEqualTo(first);
        assertThat(SuggestedColours.distance(SuggestedColours.rgb(first), SuggestedColours.rgb(second)))
                .isGreaterThanOrEqualTo(SuggestedColours.MIN_DISTANCE);
        // everything taken: still a colour, the one farthest from them
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            all.add(SuggestedColours.candidate(i));
        }
        assertThat(SuggestedColours.suggest(all)).matches("#[0-9A-F]{6}");
    }

    @Test
    void everyProblemIsListedWithItsLineAndColumn() throws IOException {
        openBundled();
        Path f = csv(
                "bad.csv",
                "seat,candidate,party,votes",
                "NA-900,Candidate A,MQM-P,100",
                "NA-900,,PPP,x",
                "NA-901,Candidate C,PPP,-5");
        wizard.choose(f);
        fileUnder("test-2030");
        wizard.goTo(ImportWizardViewModel.Step.CHECK);

        assertThat(wizard.importCheck().checkProperty().get().ok()).isFalse();
        assertThat(wizard.importRun().canImport().get()).isFalse();
        assertThat(wizard.importCheck().problems())
                .contains(
                        "bad.csv line 3: column B (candidate): the candidate's name is empty",
                        "bad.csv line 3: column D (votes): 'x' is not a whole number of votes (0 or more)",
                        "bad.csv line 4: column D (votes): '-5' is not a whole number of votes (0 or more)");
        assertThat(wizard.importCheck().checkSummaryProperty().get())
                .startsWith("Cannot import yet: refused: 3 problems");
    }

    @Test
    void aUserDatabaseTakesTheResultsInOneGoAndCancelWritesNothing() throws IOException {
        Path mine = dir.resolve("mine.sqlite");
        DatasetImport.toNewFile(Path.of("data"), mine, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        main.open(mine);
        wizard.reset();
        assertThat(wizard.importRun().targetProperty().get()).isEqualTo(ImportRun.Target.OPEN_DATABASE);

        // enough rows for the import to report progress (every 100,000 rows), where Cancel is pressed
        List<String> lines = new ArrayList<>();
        lines.add("seat,candidate,party,votes");
        for (int i = 0; i < 100_050; i++) {
            lines.add("S-" + (i / 10) + ",Candidate " + i + ",PPP," + i);
        }
        Path f = Files.write(dir.resolve("big.csv"), lines);
        byte[] before = Files.readAllBytes(mine);

        List<String> progress = new ArrayList<>();
        AbstractTaskRunner pressingCancel = new AbstractTaskRunner() {
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
                if (message.startsWith("Importing") && cancellableProperty().get() != null) {
                    progress.add(message);
                    cancellableProperty().get().cancel();
                }
                super.progress(message);
            }
        };
        MainViewModel cancelling =
                new MainViewModel(state, pressingCancel, dialogs, new RecentDatabases(Settings.memory()));
        ImportWizardViewModel w = new ImportWizardViewModel(state, cancelling, dialogs);
        w.reset();
        w.choose(f);
        w.form().electionProperty().set("pk-2024");
        w.form().assemblyProperty().set("NA");
        w.form().sourceOutletProperty().set("Test outlet");
        w.goTo(ImportWizardViewModel.Step.CHECK);
        assertThat(w.importCheck().checkProperty().get().ok())
                .as(String.join("\n", w.importCheck().problems()))
                .isTrue();

        w.importNow();

        assertThat(progress).singleElement().asString().startsWith("Importing big.csv: 100,000 rows read");
        assertThat(w.importRun().outcomeProperty().get())
                .isEqualTo("Cancelled; nothing was written (mine.sqlite is as it was)");
        assertThat(w.importRun().importingProperty().get()).isFalse();
        assertThat(Files.readAllBytes(mine)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mine.sqlite", "big.csv");
        }

        // without Cancel the same import goes into the open database, which is opened again
        long results = state.getSession().counts().get(RecordKind.RESULTS);
        ImportWizardViewModel again = new ImportWizardViewModel(state, main, dialogs);
        again.reset();
        again.choose(f);
        again.form().electionProperty().set("pk-2024");
        again.form().assemblyProperty().set("NA");
        again.form().sourceOutletProperty().set("Test outlet");
        again.goTo(ImportWizardViewModel.Step.CHECK);
        again.importNow();
        assertThat(dialogs.errors).isEmpty();
        assertThat(state.getSession().counts().get(RecordKind.RESULTS)).isEqualTo(results + 100_050);
    }

    /** The bundled dataset as a user's own file, opened. */
    private Path mine() throws IOException {
        Path mine = dir.resolve("mine.sqlite");
        DatasetImport.toNewFile(Path.of("data"), mine, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        main.open(mine);
        wizard.reset();
        return mine;
    }

    @Test
    void inUrduTheOutcomeCountsInUrdu() throws IOException {
        Path mine = mine();
        Path edited = EditedDataset.write(state.getSession().database(), dir.resolve("colleague"));
        I18n.use("ur");
        try {
            wizard.choose(edited);
            wizard.importRun().takeTheirsProperty().set(true);
            wizard.importNow();
            String outcome = wizard.importRun().outcomeProperty().get();
            assertThat(outcome)
                    .startsWith("colleague کو ")
                    .containsPattern(": 1 شامل، [0-9,]+ پہلے سے موجود اس لیے چھوڑے گئے، 1 تازہ کیے گئے\n")
                    .contains("فائل parties.csv میں 1 شامل، " + (BundledCounts.PARTIES - 1) + " چھوڑے گئے، 1 تازہ")
                    .doesNotContain("added")
                    .doesNotContain("skipped");
            assertThat(state.getSession().database().path()).isEqualTo(mine);
        } finally {
            I18n.use("en");
        }
    }

    @Test
    void aDatasetGoesIntoTheOpenDatabaseItsDifferencesListedUntilTheUserTakesThem() throws IOException {
        Path mine = mine();
        Path edited = EditedDataset.write(state.getSession().database(), dir.resolve("colleague"));
        wizard.choose(edited);
        assertThat(wizard.kindProperty().get()).isEqualTo(ImportWizardViewModel.Kind.DATASET);
        assertThat(wizard.importRun().targetProperty().get()).isEqualTo(ImportRun.Target.OPEN_DATABASE);
        assertThat(wizard.importRun().takeTheirsProperty().get()).isFalse();
        byte[] before = Files.readAllBytes(mine);

        // a record that differs is listed with its file and line, and nothing is written
        wizard.importNow();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.CHECK);
        assertThat(wizard.importRun().outcomeProperty().get())
                .isEqualTo("Nothing was imported: 1 record differs from the open database's"
                        + " (tick \"take the dataset's version\" to update it)");
        assertThat(wizard.importCheck().problems())
                .singleElement()
                .asString()
                .contains(edited.resolve("parties.csv") + " line ")
                .contains("party 'ANP'")
                .contains(EditedDataset.RENAMED);
        assertThat(Files.readAllBytes(mine)).isEqualTo(before);
        assertThat(dialogs.errors).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("mine.sqlite", "colleague");
        }
        // the Problems page is a step of a dataset's import only once an import refused it
        assertThat(wizard.steps())
                .containsExactly(
                        ImportWizardViewModel.Step.CHOOSE,
                        ImportWizardViewModel.Step.DETECTED,
                        ImportWizardViewModel.Step.CHECK,
                        ImportWizardViewModel.Step.IMPORT);
        assertThat(wizard.importCheck().checkSummaryProperty().get())
                .startsWith("Cannot import yet: 1 record differs from the open database's");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.IMPORT);

        // taking the dataset's version: the new party is added, ANP renamed, the file opened again
        wizard.importRun().takeTheirsProperty().set(true);
        wizard.importNow();
        assertThat(wizard.importRun().outcomeProperty().get())
                .startsWith("Imported colleague into " + mine.toAbsolutePath() + ": 1 added, ")
                .endsWith(
                        ", 1 updated\nRecorded in the history as \"Import colleague\": Edit > Undo takes it back whole"
                                + "\nparties.csv: 1 added, " + (BundledCounts.PARTIES - 1) + " skipped, 1 updated");
        assertThat(wizard.importRun().doneProperty().get()).isTrue();
        assertThat(state.getSession().database().path()).isEqualTo(mine);
        assertThat(state.getSession().counts().get(RecordKind.PARTIES)).isEqualTo(BundledCounts.PARTIES + 1);
        assertThat(state.getSession().repositories().parties().party("ANP"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(EditedDataset.RENAMED));
        assertThat(state.getSession().repositories().parties().party("TST"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Test Party"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(wizard.importCheck().problems())
                .as("the refusal no longer holds")
                .isEmpty();
        assertThat(wizard.steps()).doesNotContain(ImportWizardViewModel.Step.CHECK);
    }

    /** The colleague's dataset imported into the open database, its differences taken. */
    private void importColleague() throws IOException {
        Path edited = EditedDataset.write(state.getSession().database(), dir.resolve("colleague"));
        wizard.choose(edited);
        wizard.importRun().takeTheirsProperty().set(true);
        wizard.importNow();
        assertThat(dialogs.errors).isEmpty();
        assertThat(wizard.importRun().doneProperty().get()).isTrue();
        assertThat(state.getSession().repositories().parties().party("TST")).isPresent();
    }

    private String anpName() {
        return state.getSession()
                .repositories()
                .parties()
                .party("ANP")
                .orElseThrow()
                .name();
    }

    @Test
    void aDatasetImportedIntoTheDatabaseOpenForEditingIsOneEditThatUndoTakesBack() throws IOException {
        mine();
        main.edits().startEditing();
        assertThat(state.getSession().editable()).isTrue();
        String anp = anpName();

        importColleague();
        assertThat(state.getSession().editable()).as("still open for editing").isTrue();
        assertThat(anpName()).isEqualTo(EditedDataset.RENAMED);
        assertThat(main.edits().undoLabelProperty().get()).isEqualTo("Undo Import colleague");
        assertThat(main.edits().canUndoProperty().get()).isTrue();
        List<HistoryRow> history = new ArrayList<>();
        state.getSession().repositories().history().forEachHistory(history::add);
        assertThat(history)
                .extracting(HistoryRow::editLabel, HistoryRow::editor)
                .containsOnly(tuple("Import colleague", main.edits().editor()));

        main.edits().undo();
        assertThat(dialogs.errors).isEmpty();
        assertThat(state.getSession().repositories().parties().party("TST")).isEmpty();
        assertThat(anpName()).isEqualTo(anp);
        assertThat(state.getSession().counts().get(RecordKind.PARTIES)).isEqualTo(BundledCounts.PARTIES);
        assertThat(main.edits().redoLabelProperty().get()).isEqualTo("Redo Import colleague");
    }

    @Test
    void aDatasetImportedIntoTheDatabaseOpenReadOnlyIsUndoneOnceItIsOpenForEditing() throws IOException {
        Path mine = mine();
        assertThat(state.getSession().editable()).isFalse();
        String anp = anpName();

        importColleague();
        assertThat(state.getSession().database().path()).isEqualTo(mine);
        assertThat(main.edits().undoLabelProperty().get()).isEqualTo("Undo Import colleague");
        assertThat(main.edits().canUndoProperty().get())
                .as("Undo waits for the database to be open for editing")
                .isFalse();

        main.edits().startEditing();
        assertThat(main.edits().canUndoProperty().get()).isTrue();
        main.edits().undo();
        assertThat(dialogs.errors).isEmpty();
        assertThat(state.getSession().repositories().parties().party("TST")).isEmpty();
        assertThat(anpName()).isEqualTo(anp);
    }

    @Test
    void aDatasetGoesIntoANewFileWhenTheUserSaysSo() throws IOException {
        Path mine = mine();
        Path edited = EditedDataset.write(state.getSession().database(), dir.resolve("colleague"));
        byte[] before = Files.readAllBytes(mine);
        wizard.choose(edited);
        wizard.importRun().targetProperty().set(ImportRun.Target.NEW_FILE);
        dialogs.saveTo = dir.resolve("colleague.sqlite");

        wizard.importNow();

        assertThat(dialogs.errors).isEmpty();
        assertThat(wizard.importRun().outcomeProperty().get())
                .startsWith("Imported colleague into " + dialogs.saveTo.toAbsolutePath() + ": ");
        assertThat(state.getSession().database().path()).isEqualTo(dialogs.saveTo);
        assertThat(state.getSession().repositories().parties().party("ANP"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(EditedDataset.RENAMED));
        assertThat(Files.readAllBytes(mine)).as("the open file is not written").isEqualTo(before);
    }

    @Test
    void aDatasetWithABadRowIsListedByFileLineAndColumnAndNothingIsWritten() throws IOException {
        Path mine = mine();
        Path edited = EditedDataset.write(state.getSession().database(), dir.resolve("colleague"));
        Path parties = edited.resolve("parties.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(parties));
        lines.add("BAD,A party founded on a bad day,,,2020-13-45,,,PAK,nope");
        Files.write(parties, lines);
        byte[] before = Files.readAllBytes(mine);
        wizard.choose(edited);
        wizard.importRun().takeTheirsProperty().set(true);

        wizard.importNow();

        assertThat(wizard.importRun().outcomeProperty().get())
                .startsWith("Nothing was imported: ")
                .contains("problem");
        assertThat(wizard.importCheck().problems())
                .anySatisfy(l -> assertThat(l)
                        .contains("parties.csv line " + lines.size())
                        .contains("2020-13-45"));
        assertThat(Files.readAllBytes(mine)).isEqualTo(before);
        assertThat(wizard.importRun().doneProperty().get()).isFalse();

        // another file chosen: the refused one's problems go with it
        wizard.choose(dir.resolve("colleague"));
        assertThat(wizard.importCheck().problems()).isEmpty();
        assertThat(wizard.steps()).doesNotContain(ImportWizardViewModel.Step.CHECK);
    }
}
