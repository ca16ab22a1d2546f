package org.allianceexplorer.data;

import static org.allianceexplorer.testing.CsvFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allianceexplorer.charts.model.ChartFigureView;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.cli.Cli;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.domain.DealEffect;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.figure.ExportRequest;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Did the deal matter, on constructed results of three elections (hand-computed): the receiver's margin against
 * the votes the giver could bring, its own votes when it stayed on the ballot, else its votes in the seat at the
 * previous election with results there (an estimate; not an older one).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class DealEffectTest {

    @Parameter
    Engine engine;

    @TempDir
    static Path dir;

    /** The database as {@code --db} names it: the file, or the server's URL. */
    private static String where;

    private static Database db;
    private static Repositories r;

    @BeforeParameterizedClassInvocation
    static void build(Engine engine) throws IOException {
        Path built = dir.resolve("effects.sqlite");
        if (!Files.exists(built)) {
            buildFile(built);
        }
        db = engine.open(built);
        where = db.server() == null ? built.toString() : db.server().toString();
        r = Repositories.of(db);
    }

    private static void buildFile(Path target) throws IOException {
        Path ds = Files.createDirectory(dir.resolve("dataset"));
        csv(
                ds,
                "sources.csv",
                "id,outlet,title,url,published,retrieved,snippet",
                "s1,Outlet A,Claims,https://a.example/1,2024-01-10,,",
                "s2,Outlet B,Results,https://b.example/2,2024-02-09,,");
        csv(
                ds,
                "parties.csv",
                "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,country,sources",
                "AAA,Alpha Party,,,,,,PAK,s1",
                "BBB,Beta Party,,,,,,PAK,s1",
                "CCC,Gamma Party,,,,,,PAK,s1",
                "DDD,Delta Party,,,,,,PAK,s1",
                "EEE,Epsilon Party,,,,,,PAK,s1");
        csv(
                ds,
                "elections.csv",
                "key,name,polling_day,country,sources",
                "el-2013,Election 2013,2013-05-11,PAK,s1",
                "el-2018,Election 2018,2018-07-25,PAK,s1",
                "el-2024,Election 2024,2024-02-08,PAK,s1");
        csv(
                ds,
                "assemblies.csv",
                "code,name,province,total_seats,general_seats,majority,sources",
                "NA,National Assembly,,10,8,6,s1");
        csv(
                ds,
                "constituencies.csv",
                "code,name,assembly,province,district,sources",
                "NA-1,Seat 1,NA,Sindh,,s2",
                "NA-2,Seat 2,NA,Sindh,,s2",
                "NA-3,Seat 3,NA,Sindh,,s2",
                "NA-4,Seat 4,NA,Sindh,,s2",
                "NA-5,Seat 5,NA,Sindh,,s2",
                "NA-6,Seat 6,NA,Sindh,,s2");
        // by election: seat, candidate, party, votes, rank
        csv(
                ds,
                "candidacies.csv",
                "election,assembly,seat,candidate,party,votes,rank,sources",
                "el-2013,NA,NA-1,Old Cee,CCC,9999,1,s2",
                "el-2013,NA,NA-1,Old Dee,DDD,1,2,s2",
                "el-2013,NA,NA-6,Older Cee,CCC,3500,1,s2",
                "el-2013,NA,NA-6,Older Dee,DDD,1000,2,s2",
                "el-2018,NA,NA-1,Dee One,DDD,6000,1,s2",
                "el-2018,NA,NA-1,Cee One,CCC,5000,2,s2",
                "el-2018,NA,NA-2,Dee Two,DDD,2000,1,s2",
                "el-2018,NA,NA-2,Cee Two,CCC,1000,2,s2",
                "el-2018,NA,NA-5,Dee Five,DDD,100,1,s2",
                "el-2018,NA,NA-5,Eps Five,EEE,50,2,s2",
                "el-2018,NA,NA-6,Dee Six,DDD,3000,1,s2",
                "el-2018,NA,NA-6,Eps Six,EEE,2000,2,s2",
                "el-2024,NA,NA-1,Alpha One,AAA,8000,1,s2",
                "el-2024,NA,NA-1,Delta One,DDD,5000,2,s2",
                "el-2024,NA,NA-2,Alpha Two,AAA,9000,1,s2",
                "el-2024,NA,NA-2,Delta Two,DDD,5000,2,s2",
                "el-2024,NA,NA-3,Beta Three,BBB,6000,1,s2",
                "el-2024,NA,NA-3,Delta Three,DDD,4000,2,s2",
                "el-2024,NA,NA-3,Gamma Three,CCC,2500,3,s2",
                "el-2024,NA,NA-4,Delta Four,DDD,7000,1,s2",
                "el-2024,NA,NA-4,Alpha Four,AAA,3000,2,s2",
                "el-2024,NA,NA-5,Alpha Five,AAA,6000,1,s2",
                "el-2024,NA,NA-5,Delta Five,DDD,5000,2,s2",
                "el-2024,NA,NA-6,Alpha Six,AAA,5000,1,s2",
                "el-2024,NA,NA-6,Delta Six,DDD,4000,2,s2");
        csv(
                ds,
                "deals.csv",
                "key,election,seat,assembly,giver,receiver,candidate,alliance,note,sources",
                "d1,el-2024,NA-1,NA,CCC,AAA,Alpha One,,,s1",
                "d2,el-2024,NA-2,NA,CCC,AAA,Alpha Two,,,s1",
                "d3,el-2024,NA-3,NA,CCC,BBB,Beta Three,,,s1",
                "d4,el-2024,NA-4,NA,CCC,AAA,Alpha Four,,,s1",
                "d5,el-2024,NA-5,NA,CCC,AAA,Alpha Five,,,s1",
                "d6,el-2024,NA-6,NA,CCC,AAA,Alpha Six,,,s1");
        csv(
                ds,
                "claims.csv",
                "deal,date,status,source,note",
                "d1,2024-01-20,reported,s1,",
                "d2,2024-01-20,reported,s1,",
                "d3,2024-01-20,reported,s1,",
                "d4,2024-01-20,reported,s1,",
                "d5,2024-01-20,reported,s1,",
                "d6,2024-01-20,reported,s1,");
        BundledDataset.build(DatasetFiles.directory(ds), target);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static Outcome outcome(String seat) {
        SeatDeal d = r.deals().deals(RecordFilter.ALL).stream()
                .filter(x -> x.seat().equals(seat))
                .findFirst()
                .orElseThrow();
        return d.outcome();
    }

    @Test
    void standingDownIsEstimatedFromThePreviousElectionAndDecisiveWhenThoseVotesCoverTheMargin() {
        Outcome o = outcome("NA-1");
        assertThat(o.won()).isTrue();
        assertThat(o.margin()).isEqualTo(3000);
        assertThat(o.giverVotes()).isNull();
        // 2018's 5,000, not 2013's 9,999: the previous election with results in the seat
        assertThat(o.giverEstimate()).isEqualTo(5000);
        assertThat(o.estimateFrom()).isEqualTo("Election 2018");
        assertThat(o.estimated()).isTrue();
        assertThat(o.effect()).isEqualTo(DealEffect.DECISIVE);
    }

    @Test
    void aWinByMoreThanTheEstimateWasNotNeeded() {
        Outcome o = outcome("NA-2");
        assertThat(o.margin()).isEqualTo(4000);
        assertThat(o.giverEstimate()).isEqualTo(1000);
        assertThat(o.effect()).isEqualTo(DealEffect.NOT_NEEDED);
    }

    @Test
    void aGiverOnTheBallotIsMeasuredByItsOwnVotesWithoutAnEstimate() {
        Outcome o = outcome("NA-3");
        assertThat(o.margin()).isEqualTo(2000);
        assertThat(o.giverVotes()).isEqualTo(2500);
        assertThat(o.giverEstimate()).isNull();
        assertThat(o.estimated()).isFalse();
        assertThat(o.effect()).isEqualTo(DealEffect.DECISIVE);
    }

    @Test
    void aLossFailed() {
        Outcome o = outcome("NA-4");
        assertThat(o.won()).isFalse();
        assertThat(o.margin()).isEqualTo(-4000);
        assertThat(o.effect()).isEqualTo(DealEffect.FAILED);
    }

    @Test
    void withoutTheGiverAtThePreviousElectionTheEffectIsUnknownEvenIfItStoodEarlier() {
        assertThat(outcome("NA-5").giverEstimate()).isNull();
        assertThat(outcome("NA-5").effect()).isNull();
        // NA-6: CCC stood in 2013 but not in 2018, the previous election with results there
        assertThat(outcome("NA-6").giverEstimate()).isNull();
        assertThat(outcome("NA-6").effect()).isNull();
    }

    @Test
    void listDealsHasTheEffectColumns() {
        StringWriter out = new StringWriter();
        int code = Cli.run(
                new String[] {"list", "deals", "--db", where, "--format", "csv"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).endsWith(",basis,effect,giver_estimate,estimate_from");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Election 2024,NA-1,NA,CCC,AAA,Alpha One,reported,won,")
                        .endsWith(",decisive,5000,Election 2018"));
        assertThat(lines)
                .anySatisfy(l ->
                        assertThat(l).startsWith("Election 2024,NA-2,").endsWith(",not needed,1000,Election 2018"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("Election 2024,NA-4,").endsWith(",failed,,"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("Election 2024,NA-5,").endsWith(",,,"));
    }

    @Test
    void theOutcomesChartTalliesAndWritesTheEffects() {
        FigureData data = new ChartFigureView(ChartKind.OUTCOMES)
                .build(r, ExportRequest.latest())
                .data();
        assertThat(data.header()).endsWith("effect", "giver_estimate", "estimate_from");
        List<List<String>> rows = data.rows();
        assertThat(rows)
                .anySatisfy(row -> assertThat(row)
                        .startsWith("Election 2024", "NA-1")
                        .endsWith("decisive", "5000", "Election 2018"));
        assertThat(rows)
                .anySatisfy(row ->
                        assertThat(row).startsWith("Election 2024", "NA-3").endsWith("decisive", "", ""));
    }
}
