package org.allianceexplorer.data;

import static org.allianceexplorer.testing.CsvFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.domain.Candidacy;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The repositories on a small hand-built dataset, on each engine (ADR 0018): as-of semantics, party filters, deal
 * status and outcome.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class RepositoriesTest {

    @Parameter
    Engine engine;

    @TempDir
    static Path dir;

    private static Database db;
    private static Repositories r;

    @BeforeParameterizedClassInvocation
    static void build(Engine engine) throws IOException {
        Path file = dir.resolve("small.sqlite");
        if (!Files.exists(file)) {
            buildFile(file);
        }
        db = engine.open(file);
        r = Repositories.of(db);
    }

    private static void buildFile(Path file) throws IOException {
        Path ds = Files.createDirectory(dir.resolve("dataset"));
        csv(
                ds,
                "sources.csv",
                "id,outlet,title,url,published,retrieved,snippet",
                "s1,Outlet A,Title one,https://a.example/1,2021-01-10,,",
                "s2,Outlet B,Results,https://b.example/2,2024-02-05,,",
                "s3,Outlet A,Title three,https://a.example/3,2024-02,,",
                "s4,Outlet C,Undated,https://c.example/4,,,",
                "s5,Outlet D,Only about EEE,https://d.example/5,2019,,",
                "s6,Outlet E,Only a claim about DDD and BBB,https://e.example/6,2024-01-20,,");
        csv(
                ds,
                "parties.csv",
                "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,country,sources",
                "AAA,Alpha Party,,#112233,1990,,101,PAK,s1",
                "BBB,Beta Party,,,2000-05,,,PAK,s1",
                "CCC,Gamma Party,,,2022,2024-06,,PAK,s1",
                "DDD,Delta Party,,,,,,PAK,s1",
                "EEE,Epsilon Party,,,,,,PAK,s5");
        csv(ds, "people.csv", "key,name,native_name,sources", "p-one,Person One,,s1", "p-two,Person Two,,s1");
        csv(
                ds,
                "affiliations.csv",
                "person,party,role,from,to,sources",
                "p-one,AAA,leader,2021,2022,s1",
                "p-two,DDD,,,,s1");
        csv(
                ds,
                "elections.csv",
                "key,name,polling_day,country,sources",
                "el-2018,Election 2018,2018-07-25,PAK,s1",
                "el-2024,Election 2024,2024-02-08,PAK,s1");
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
        csv(ds, "seats.csv", "na,constituency_name,province", "NA-1,Seat One,Sindh", "NA-2,Seat Two,Sindh");
        csv(
                ds,
                "candidates.csv",
                "na,candidate_name,party,votes,rank",
                "NA-1,Winner Bee,BBB,5000,1",
                "NA-1,Runner Cee,CCC,3000,2",
                "NA-1,Giver Aye,AAA,700,3",
                "NA-2,Top Dee,DDD,9000,1",
                "NA-2,Second Bee,BBB,4000,2",
                "NA-2,Ind Person,Independent,100,3");
        csv(
                ds,
                "alliances.csv",
                "key,name,abbreviation,kind,level,region,from,to,description,sources",
                "al-y,Year Alliance,YA,electoral_alliance,national,,2020,,,s1",
                "al-z,Day Alliance,,seat_adjustment_pact,city,Karachi,2024-02-04,2024-02-14,,s3");
        csv(
                ds,
                "memberships.csv",
                "alliance,party,from,to,role,sources",
                "al-y,AAA,2021,,founder,s1",
                "al-y,BBB,2020-06,2021-04,member,s1",
                "al-z,CCC,2024-02-04,2024-02-14,member,s3");
        csv(
                ds,
                "deals.csv",
                "key,election,seat,assembly,giver,receiver,candidate,alliance,note,sources",
                "d-won,el-2024,NA-1,NA,AAA,BBB,Winner Bee,al-y,,s2",
                "d-lost,el-2024,NA-2,NA,AAA,BBB,Second Bee,,,s2",
                "d-late,el-2024,NA-2,NA,CCC,DDD,,al-z,,s2",
                "d-tie,el-2024,NA-1,NA,DDD,BBB,Winner Bee,,,s2",
                "d-tie2,el-2024,NA-1,NA,CCC,AAA,Giver Aye,,,s2",
                "d-nores,el-2018,NA-1,NA,BBB,AAA,,,,s1");
        csv(
                ds,
                "claims.csv",
                "deal,date,status,source,note",
                "d-won,2024-01-25,reported,s1,",
                "d-won,2024-02-10,confirmed,s2,",
                "d-lost,2024-01-26,reported,s1,",
                "d-lost,2024-02-03,collapsed,s1,",
                "d-late,2024-02-06,reported,s2,",
                "d-tie,2024-01-10,reported,s1,",
                "d-tie,2024-01-20,denied,s6,",
                "d-tie,2024-01-20,confirmed,s1,",
                "d-tie2,2024-01-20,confirmed,s1,",
                "d-tie2,2024-01-20,denied,s1,",
                "d-nores,2018-07-01,reported,s1,");
        csv(
                ds,
                "events.csv",
                "key,date,title,place,description,parties,people,sources",
                "ev1,2024-01-05,\"Meeting, with \"\"quotes\"\"\",Karachi,,AAA;BBB,p-one,s1",
                "ev2,2024-02,Month event,,,CCC,,s3",
                "ev3,2023,Year event,,,DDD,p-two;p-one,s1");
        csv(
                ds,
                "relations.csv",
                "party_a,party_b,kind,from,to,note,sources",
                "AAA,BBB,rivalry,2021,2021-04,,s1",
                "CCC,AAA,split,2022,,,s1",
                "BBB,DDD,cooperation,,,,s1");
        BundledDataset.build(DatasetFiles.directory(ds), file);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static RecordFilter asOf(String day) {
        return new RecordFilter(LocalDate.parse(day), null);
    }

    private static RecordFilter party(String abbreviation) {
        return new RecordFilter(null, abbreviation);
    }

    private static List<String> members(String day) {
        return r.alliances().memberships(asOf(day)).stream()
                .map(Membership::party)
                .sorted()
                .toList();
    }

    private static List<String> relations(String day) {
        return r.parties().relations(asOf(day)).stream()
                .map(x -> x.partyA() + "-" + x.partyB() + " " + x.kind().code())
                .sorted()
                .toList();
    }

    private static SeatDeal deal(RecordFilter f, String seat, String giver, String receiver) {
        return r.deals().deals(f).stream()
                .filter(d -> d.seat().equals(seat)
                        && d.giver().equals(giver)
                        && d.receiver().equals(receiver))
                .findFirst()
                .orElse(null);
    }

    // --- as-of semantics of partial dates ---------------------------------------------------------

    @Test
    void membershipFromAYearHoldsFromTheFirstDayOfThatYear() {
        assertThat(members("2021-03-01")).containsExactly("AAA", "BBB");
        assertThat(members("2021-01-01")).contains("AAA");
        assertThat(members("2020-12-31")).containsExactly("BBB");
    }

    @Test
    void membershipEndingInAMonthHoldsToTheEndOfThatMonth() {
        assertThat(members("2021-04-30")).contains("BBB");
        assertThat(members("2021-05-01")).containsExactly("AAA");
        assertThat(members("2020-06-01")).containsExactly("BBB");
        assertThat(members("2020-05-31")).isEmpty();
    }

    @Test
    void membershipWithDayDatesHoldsOnBothEndDays() {
        assertThat(members("2024-02-03")).doesNotContain("CCC");
        assertThat(members("2024-02-04")).contains("CCC");
        assertThat(members("2024-02-14")).contains("CCC");
        assertThat(members("2024-02-15")).doesNotContain("CCC");
    }

    @Test
    void withoutAsOfEveryMembershipCounts() {
        List<Membership> all = r.alliances().memberships(RecordFilter.ALL);
        assertThat(all).extracting(Membership::party).containsExactlyInAnyOrder("AAA", "BBB", "CCC");
        Membership bbb =
                all.stream().filter(m -> m.party().equals("BBB")).findFirst().orElseThrow();
        assertThat(bbb.period().from()).isEqualTo(PartialDate.ofMonth(2020, 6));
        assertThat(bbb.period().to()).isEqualTo(PartialDate.ofMonth(2021, 4));
        assertThat(bbb.alliance()).isEqualTo("YA");
        assertThat(bbb.role()).isEqualTo("member");
    }

    @Test
    void relationsHoldOverTheirPartialPeriods() {
        assertThat(relations("2021-01-01")).containsExactly("AAA-BBB rivalry", "BBB-DDD cooperation");
        assertThat(relations("2021-04-30")).contains("AAA-BBB rivalry");
        assertThat(relations("2021-05-01")).doesNotContain("AAA-BBB rivalry");
        assertThat(relations("2020-12-31")).containsExactly("BBB-DDD cooperation");
        assertThat(relations("2022-01-01")).containsExactly("BBB-DDD cooperation", "CCC-AAA split");
        assertThat(r.parties().relations(RecordFilter.ALL)).hasSize(3);
    }

    @Test
    void alliancesHoldOverTheirPeriods() {
        assertThat(r.alliances().alliances(asOf("2019-12-31"))).isEmpty();
        assertThat(r.alliances().alliances(asOf("2020-01-01")))
                .extracting(a -> a.code())
                .containsExactly("al-y");
        assertThat(r.alliances().alliances(asOf("2024-02-14")))
                .extracting(a -> a.code())
                .containsExactly("al-y", "al-z");
        assertThat(r.alliances().alliances(asOf("2024-02-15")))
                .extracting(a -> a.code())
                .containsExactly("al-y");
    }

    @Test
    void affiliationsAndPartiesAsOf() {
        assertThat(r.people().affiliations(asOf("2022-12-31")))
                .extracting(a -> a.person())
                .contains("Person One");
        assertThat(r.people().affiliations(asOf("2023-01-01")))
                .extracting(a -> a.person())
                .containsExactly("Person Two");
        // CCC founded 2022, dissolved 2024-06
        assertThat(r.parties().parties(asOf("2021-12-31")))
                .extracting(Party::abbreviation)
                .doesNotContain("CCC");
        assertThat(r.parties().parties(asOf("2024-06-30")))
                .extracting(Party::abbreviation)
                .contains("CCC");
        assertThat(r.parties().parties(asOf("2024-07-01")))
                .extracting(Party::abbreviation)
                .doesNotContain("CCC");
        // BBB founded 2000-05
        assertThat(r.parties().parties(asOf("2000-04-30")))
                .extracting(Party::abbreviation)
                .doesNotContain("BBB");
        assertThat(r.parties().parties(asOf("2000-05-01")))
                .extracting(Party::abbreviation)
                .contains("BBB");
    }

    // --- party filters ----------------------------------------------------------------------------

    @Test
    void partyFilterPerKind() {
        assertThat(r.parties().parties(party("AAA")))
                .extracting(Party::abbreviation)
                .containsExactly("AAA");
        assertThat(r.alliances().memberships(party("BBB")))
                .extracting(Membership::party)
                .containsExactly("BBB");
        assertThat(r.alliances().alliances(party("CCC")))
                .extracting(a -> a.code())
                .containsExactly("al-z");
        assertThat(r.alliances().alliances(party("EEE"))).isEmpty();
        assertThat(r.parties().relations(party("AAA")))
                .extracting(PartyRelation::kind)
                .extracting(k -> k.code())
                .containsExactlyInAnyOrder("rivalry", "split");
        assertThat(r.deals().deals(party("CCC")))
                .extracting(SeatDeal::giver, SeatDeal::receiver)
                .containsExactlyInAnyOrder(tuple("CCC", "DDD"), tuple("CCC", "AAA"));
        assertThat(r.deals().claims(party("DDD")))
                .extracting(DealClaim::giver, DealClaim::receiver)
                .containsOnly(tuple("DDD", "BBB"), tuple("CCC", "DDD"))
                .hasSize(4);
        assertThat(r.events().events(party("CCC"))).extracting(e -> e.code()).containsExactly("ev2");
        assertThat(r.events().events(party("BBB"))).extracting(e -> e.code()).containsExactly("ev1");
        assertThat(r.people().people(party("AAA"))).extracting(p -> p.code()).containsExactly("p-one");
        assertThat(r.people().people(party("BBB"))).isEmpty();
        assertThat(r.people().affiliations(party("DDD")))
                .extracting(a -> a.person())
                .containsExactly("Person Two");
        assertThat(r.elections().elections(party("AAA")))
                .extracting(e -> e.code())
                .containsExactly("el-2018", "el-2024");
        assertThat(r.elections().elections(party("DDD")))
                .extracting(e -> e.code())
                .containsExactly("el-2024");
        assertThat(r.elections().elections(party("EEE"))).isEmpty();
        assertThat(r.elections().constituencies(party("AAA")))
                .extracting(c -> c.code())
                .containsExactly("NA-1", "NA-2");
        assertThat(r.elections().constituencies(party("EEE"))).isEmpty();
        List<Candidacy> results = new ArrayList<>();
        r.elections().forEachResult(party("DDD"), results::add);
        assertThat(results).extracting(Candidacy::candidate).containsExactly("Top Dee");
    }

    @Test
    void partyFilterIgnoresCase() {
        assertThat(r.parties().parties(party("aaa")))
                .extracting(Party::abbreviation)
                .containsExactly("AAA");
        assertThat(r.deals().deals(party("ccc"))).hasSize(2);
    }

    @Test
    void sourcesForAPartyAreThoseBehindItsRecords() {
        assertThat(r.sources().sources(party("EEE"))).extracting(Source::code).containsExactly("s5");
        assertThat(r.sources().sources(party("AAA")))
                .extracting(Source::code)
                .doesNotContain("s5", "s6")
                .contains("s1", "s2");
        // s6 backs only a claim of the DDD -> BBB deal
        assertThat(r.sources().sources(party("BBB"))).extracting(Source::code).contains("s6");
        assertThat(r.sources().sources(party("DDD"))).extracting(Source::code).contains("s6");
        // s3 backs CCC's membership of al-z, al-z itself and the month event
        assertThat(r.sources().sources(party("CCC"))).extracting(Source::code).contains("s3");
    }

    @Test
    void unknownPartyIsAnIllegalArgumentForEveryListing() {
        RecordFilter f = party("ZZZ");
        List<Function<RecordFilter, Object>> calls = List.of(
                x -> r.parties().parties(x),
                x -> r.parties().relations(x),
                x -> r.people().people(x),
                x -> r.people().affiliations(x),
                x -> r.elections().elections(x),
                x -> r.elections().constituencies(x),
                x -> {
                    r.elections().forEachResult(x, c -> {});
                    return null;
                },
                x -> r.alliances().alliances(x),
                x -> r.alliances().memberships(x),
                x -> r.deals().deals(x),
                x -> r.deals().claims(x),
                x -> r.events().events(x),
                x -> r.sources().sources(x));
        for (Function<RecordFilter, Object> call : calls) {
            assertThatThrownBy(() -> call.apply(f))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ZZZ")
                    .hasMessageNotContaining("\n");
            assertThatThrownBy(() -> call.apply(f.withAsOf(LocalDate.of(2024, 1, 1))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(r.parties().party("ZZZ")).isEmpty();
        assertThat(r.parties().party("bbb")).map(Party::name).contains("Beta Party");
    }

    // --- deal status ------------------------------------------------------------------------------

    @Test
    void statusIsTheLatestClaimUpToTheDay() {
        assertThat(deal(asOf("2024-01-25"), "NA-1", "AAA", "BBB").status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(deal(asOf("2024-02-09"), "NA-1", "AAA", "BBB").status()).isEqualTo(ClaimStatus.REPORTED);
        SeatDeal won = deal(asOf("2024-02-10"), "NA-1", "AAA", "BBB");
        assertThat(won.status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(won.statusDate()).isEqualTo(PartialDate.parse("2024-02-10"));
        assertThat(won.claims()).isEqualTo(2);
        assertThat(deal(asOf("2024-01-25"), "NA-1", "AAA", "BBB").claims()).isEqualTo(1);
        assertThat(deal(asOf("2024-02-03"), "NA-2", "AAA", "BBB").status()).isEqualTo(ClaimStatus.COLLAPSED);
        assertThat(deal(RecordFilter.ALL, "NA-2", "AAA", "BBB").status()).isEqualTo(ClaimStatus.COLLAPSED);
    }

    @Test
    void sameDayClaimsAreOrderedByRow() {
        assertThat(deal(asOf("2024-01-19"), "NA-1", "DDD", "BBB").status()).isEqualTo(ClaimStatus.REPORTED);
        // 2024-01-20: denied, then confirmed in a later row
        assertThat(deal(asOf("2024-01-20"), "NA-1", "DDD", "BBB").status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(deal(RecordFilter.ALL, "NA-1", "DDD", "BBB").status()).isEqualTo(ClaimStatus.CONFIRMED);
        // 2024-01-20: confirmed, then denied in a later row
        assertThat(deal(asOf("2024-01-20"), "NA-1", "CCC", "AAA").status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(deal(RecordFilter.ALL, "NA-1", "CCC", "AAA").status()).isEqualTo(ClaimStatus.DENIED);
    }

    @Test
    void dealsNotYetReportedAreLeftOut() {
        assertThat(deal(asOf("2024-01-09"), "NA-1", "DDD", "BBB")).isNull();
        assertThat(deal(asOf("2024-02-05"), "NA-2", "CCC", "DDD")).isNull();
        SeatDeal late = deal(asOf("2024-02-06"), "NA-2", "CCC", "DDD");
        assertThat(late).isNotNull();
        assertThat(late.status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(r.deals().deals(asOf("2018-06-30"))).isEmpty();
        assertThat(r.deals().deals(asOf("2018-07-01")))
                .extracting(SeatDeal::election)
                .containsExactly("Election 2018");
        assertThat(r.deals().deals(RecordFilter.ALL)).hasSize(6);
        assertThat(r.deals().deals(new RecordFilter(LocalDate.of(2024, 2, 5), "CCC")))
                .extracting(SeatDeal::receiver)
                .containsExactly("AAA");
    }

    @Test
    void claimsAsOfAreThoseDatedUpToTheDay() {
        assertThat(r.deals().claims(asOf("2018-06-30"))).isEmpty();
        assertThat(r.deals().claims(asOf("2024-01-09")))
                .extracting(c -> c.date().iso())
                .containsExactly("2018-07-01");
        List<DealClaim> jan20 = r.deals().claims(asOf("2024-01-20"));
        assertThat(jan20).hasSize(1 + 5);
        assertThat(jan20).extracting(c -> c.date().iso()).isSorted();
        assertThat(r.deals().claims(RecordFilter.ALL)).hasSize(10 + 1);
        DealClaim s6 = r.deals().claims(RecordFilter.ALL).stream()
                .filter(c -> "https://e.example/6".equals(c.sourceUrl()))
                .findFirst()
                .orElseThrow();
        assertThat(s6.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(s6.outlet()).isEqualTo("Outlet E");
    }

    // --- outcomes ---------------------------------------------------------------------------------

    @Test
    void wonDealHasPositiveMarginAndGiverVotes() {
        SeatDeal d = deal(RecordFilter.ALL, "NA-1", "AAA", "BBB");
        assertThat(d.candidate()).isEqualTo("Winner Bee");
        assertThat(d.outcome()).isNotNull();
        assertThat(d.outcome().won()).isTrue();
        assertThat(d.outcome().label()).isEqualTo("won");
        assertThat(d.outcome().receiverVotes()).isEqualTo(5000);
        assertThat(d.outcome().margin()).isEqualTo(5000 - 3000);
        assertThat(d.outcome().giverVotes()).isEqualTo(700L);
        assertThat(d.outcome().giverCouldDecide()).isFalse();
    }

    @Test
    void aDealNotInForceOnPollingDayHasNoOutcome() {
        // collapsed on 3 Feb, denied in January: neither was in force when the votes were cast on 8 Feb, so
        // neither won or lost (lost deals in force: DealOutcomeTest)
        assertThat(deal(RecordFilter.ALL, "NA-2", "AAA", "BBB").outcome()).isNull();
        assertThat(deal(RecordFilter.ALL, "NA-1", "CCC", "AAA").outcome()).isNull();
        assertThat(deal(RecordFilter.ALL, "NA-1", "DDD", "BBB").outcome()).isNotNull();
    }

    @Test
    void candidateIsFoundByReceiverWhenNotNamed() {
        SeatDeal d = deal(RecordFilter.ALL, "NA-2", "CCC", "DDD");
        assertThat(d.outcome()).isNotNull();
        assertThat(d.outcome().won()).isTrue();
        assertThat(d.outcome().receiverVotes()).isEqualTo(9000);
        assertThat(d.outcome().margin()).isEqualTo(9000 - 4000);
    }

    @Test
    void dealWithoutResultsHasNoOutcome() {
        SeatDeal d = deal(RecordFilter.ALL, "NA-1", "BBB", "AAA");
        assertThat(d.election()).isEqualTo("Election 2018");
        assertThat(d.outcome()).isNull();
    }

    @Test
    void outcomeIsKnownFromPollingDayOn() {
        SeatDeal before = deal(asOf("2024-02-07"), "NA-1", "AAA", "BBB");
        SeatDeal polling = deal(asOf("2024-02-08"), "NA-1", "AAA", "BBB");
        SeatDeal latest = deal(RecordFilter.ALL, "NA-1", "AAA", "BBB");
        assertThat(before.status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(before.outcome())
                .as("results are not known before polling day")
                .isNull();
        assertThat(polling.outcome()).isNotNull().isEqualTo(latest.outcome());
    }

    // --- events and sources -----------------------------------------------------------------------

    @Test
    void eventsAsOfAndTheirParticipants() {
        assertThat(r.events().events(asOf("2022-12-31"))).isEmpty();
        assertThat(r.events().events(asOf("2024-01-31")))
                .extracting(e -> e.code())
                .containsExactly("ev3", "ev1");
        assertThat(r.events().events(asOf("2024-02-29")))
                .extracting(e -> e.code())
                .containsExactly("ev3", "ev1", "ev2");
        var ev1 = r.events().events(RecordFilter.ALL).stream()
                .filter(e -> e.code().equals("ev1"))
                .findFirst()
                .orElseThrow();
        assertThat(ev1.title()).isEqualTo("Meeting, with \"quotes\"");
        assertThat(ev1.parties()).containsExactly("AAA", "BBB");
        assertThat(ev1.people()).containsExactly("Person One");
        var ev3 = r.events().events(RecordFilter.ALL).stream()
                .filter(e -> e.code().equals("ev3"))
                .findFirst()
                .orElseThrow();
        assertThat(ev3.people()).containsExactly("Person One", "Person Two");
        assertThat(ev3.date().precision()).isEqualTo(PartialDate.Precision.YEAR);
    }

    @Test
    void sourcesAsOfArePublishedByThenOrUndated() {
        assertThat(r.sources().sources(asOf("2021-01-09")))
                .extracting(Source::code)
                .containsExactlyInAnyOrder("s4", "s5");
        assertThat(r.sources().sources(asOf("2024-01-31")))
                .extracting(Source::code)
                .containsExactlyInAnyOrder("s1", "s4", "s5", "s6");
        assertThat(r.sources().sources(asOf("2024-02-05")))
                .extracting(Source::code)
                .contains("s2");
        assertThat(r.sources().sources(asOf("2024-02-29"))).hasSize(6);
        assertThat(r.sources().sources(RecordFilter.ALL)).hasSize(6);
    }

    @Test
    void electionsAsOfAndCounts() {
        assertThat(r.elections().elections(asOf("2024-02-07")))
                .extracting(e -> e.code())
                .containsExactly("el-2018");
        assertThat(r.elections().elections(asOf("2024-02-08")))
                .extracting(e -> e.code())
                .containsExactly("el-2018", "el-2024");
        var counts = r.statistics().counts();
        assertThat(counts.get(RecordKind.PARTIES)).isEqualTo(5);
        assertThat(counts.get(RecordKind.DEALS)).isEqualTo(6);
        assertThat(counts.get(RecordKind.CLAIMS)).isEqualTo(11);
        assertThat(counts.get(RecordKind.RESULTS)).isEqualTo(6);
        assertThat(counts.get(RecordKind.CONSTITUENCIES)).isEqualTo(2);
        assertThat(counts).hasSize(RecordKind.values().length);
    }
}
