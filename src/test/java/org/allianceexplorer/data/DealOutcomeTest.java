package org.allianceexplorer.data;

import static org.allianceexplorer.testing.CsvFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A deal's outcome: there only when the deal was in force on polling day (its latest claim by then
 * reported or confirmed), whatever happened to it afterwards; then won or lost by the receiver's margin,
 * with the votes the giver still took.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class DealOutcomeTest {

    @Parameter
    Engine engine;

    @TempDir
    static Path dir;

    private static Database db;
    private static Repositories r;

    @BeforeParameterizedClassInvocation
    static void build(Engine engine) throws IOException {
        Path built = dir.resolve("outcomes.sqlite");
        if (!Files.exists(built)) {
            buildFile(built);
        }
        db = engine.open(built);
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
        csv(ds, "elections.csv", "key,name,polling_day,country,sources", "el-2024,Election 2024,2024-02-08,PAK,s1");
        csv(
                ds,
                "assemblies.csv",
                "code,name,province,total_seats,general_seats,majority,sources",
                "NA,National Assembly,,10,8,6,s1");
        csv(
                ds,
                "results.csv",
                "election,assembly,constituencies,candidates,districts,source",
                "el-2024,NA,seats.csv,candidates.csv,,s2");
        csv(ds, "seats.csv", "na,constituency_name,province", "NA-2,Seat Two,Sindh", "NA-3,Seat Three,Sindh");
        csv(
                ds,
                "candidates.csv",
                "na,candidate_name,party,votes,rank",
                "NA-2,Top Dee,DDD,9000,1",
                "NA-2,Second Bee,BBB,4000,2",
                "NA-3,Winner Dee,DDD,6000,1",
                "NA-3,Giver Cee,CCC,2500,2",
                "NA-3,Loser Eps,EEE,2000,3");
        csv(
                ds,
                "deals.csv",
                "key,election,seat,assembly,giver,receiver,candidate,alliance,note,sources",
                "d-lost,el-2024,NA-2,NA,EEE,BBB,Second Bee,,,s1",
                "d-giver-stood,el-2024,NA-3,NA,CCC,EEE,Loser Eps,,,s1",
                "d-switched,el-2024,NA-3,NA,AAA,DDD,Winner Dee,,,s1",
                "d-collapsed-after,el-2024,NA-2,NA,AAA,DDD,Top Dee,,,s1");
        csv(
                ds,
                "claims.csv",
                "deal,date,status,source,note",
                "d-lost,2024-01-28,reported,s1,",
                "d-giver-stood,2024-01-22,reported,s1,",
                "d-giver-stood,2024-02-09,confirmed,s2,",
                "d-switched,2024-01-15,reported,s1,",
                "d-switched,2024-02-05,switched,s1,",
                "d-collapsed-after,2024-01-15,confirmed,s1,",
                "d-collapsed-after,2024-02-09,collapsed,s2,");
        BundledDataset.build(DatasetFiles.directory(ds), target);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static SeatDeal deal(RecordFilter f, String seat, String giver) {
        return r.deals().deals(f).stream()
                .filter(d -> d.seat().equals(seat) && d.giver().equals(giver))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void lostDealHasNegativeMarginAndNoGiverVotesWhenTheGiverDidNotStand() {
        SeatDeal d = deal(RecordFilter.ALL, "NA-2", "EEE");
        assertThat(d.outcome().won()).isFalse();
        assertThat(d.outcome().label()).isEqualTo("lost");
        assertThat(d.outcome().receiverVotes()).isEqualTo(4000);
        assertThat(d.outcome().margin()).isEqualTo(4000 - 9000);
        assertThat(d.outcome().giverVotes()).isNull();
    }

    @Test
    void lostDealWhereTheGiverStillTookVotes() {
        SeatDeal d = deal(RecordFilter.ALL, "NA-3", "CCC");
        assertThat(d.outcome().won()).isFalse();
        assertThat(d.outcome().margin()).isEqualTo(2000 - 6000);
        assertThat(d.outcome().giverVotes()).isEqualTo(2500L);
        assertThat(d.outcome().giverCouldDecide()).isFalse();
    }

    @Test
    void aDealSwitchedBeforePollingDayWonNothingThoughItsReceiverWon() {
        assertThat(deal(RecordFilter.ALL, "NA-3", "AAA").outcome()).isNull();
        assertThat(deal(new RecordFilter(LocalDate.of(2024, 3, 1), null), "NA-3", "AAA")
                        .outcome())
                .isNull();
    }

    @Test
    void whatHappensToADealAfterPollingDayDoesNotUndoItsOutcome() {
        SeatDeal d = deal(RecordFilter.ALL, "NA-2", "AAA");
        assertThat(d.status().label()).isEqualTo("collapsed");
        assertThat(d.outcome()).isNotNull();
        assertThat(d.outcome().won()).isTrue();
        assertThat(d.outcome().margin()).isEqualTo(9000 - 4000);
    }
}
