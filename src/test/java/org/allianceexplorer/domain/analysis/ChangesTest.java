package org.allianceexplorer.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RelationKind;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.domain.analysis.Changes.Change;
import org.junit.jupiter.api.Test;

/** What changed between two days, on hand-made records with partial dates (answers worked out by hand). */
class ChangesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate FEB_15 = LocalDate.of(2024, 2, 15);

    private static Period period(String from, String to) {
        return new Period(PartialDate.parseNullable(from), PartialDate.parseNullable(to));
    }

    private static Alliance alliance(long id, String abbr, String from, String to) {
        return new Alliance(
                id,
                "a" + id,
                "Alliance " + id,
                abbr,
                AllianceKind.ELECTORAL_ALLIANCE,
                Level.NATIONAL,
                null,
                period(from, to),
                "");
    }

    private static DealClaim claim(long id, long deal, String date, ClaimStatus status) {
        return new DealClaim(
                id,
                deal,
                "NA-" + deal,
                "GIV",
                "REC",
                PartialDate.parse(date),
                status,
                "https://x.example/" + id,
                "Out",
                null);
    }

    private static final Source SOURCE = new Source(
            9, "s9", "Outlet", "Title", "https://s.example/9", PartialDate.parse("2024-01-05"), null, "Quoted.");

    private static List<Change> between(Changes.Records records) {
        return Changes.between(
                JAN_1, FEB_15, records, ref -> ref.kind() == RecordKind.ALLIANCES ? List.of(SOURCE) : List.of());
    }

    @Test
    void periodsThatBeginOrEndAfterTheFirstDayAndByTheSecondAreChanges() {
        List<Alliance> alliances = List.of(
                alliance(1, "FEB", "2024-02", null), // the month: from 1 Feb, in range
                alliance(2, "OLD", "2023-11", "2024-01-20"), // ended in range
                alliance(3, "BOTH", "2024-01-05", "2024-02-10"), // formed and ended in range
                alliance(4, "LATE", "2024-02-16", null), // after the second day
                alliance(5, "OPEN", null, null), // no dates: nothing to say
                alliance(6, "JAN1", "2024-01-01", null), // held on the first day already
                alliance(7, "Y2024", "2024", null)); // a year: from 1 Jan 2024, held on the first day
        List<Membership> members = List.of(
                new Membership(11, 1, "FEB", "AAA", period("2024-02-04", null), null),
                new Membership(12, 2, "OLD", "BBB", period("2023-11", "2024-01"), null));
        List<PartyRelation> relations = List.of(
                new PartyRelation(21, "AAA", "BBB", RelationKind.RIVALRY, period("2020", "2024-02-14"), null),
                new PartyRelation(22, "AAA", "BBB", RelationKind.COOPERATION, period("2024-02-14", null), null));
        List<Change> c = between(new Changes.Records(alliances, members, relations, List.of()));
        assertThat(c)
                .extracting(x -> x.date().iso() + " " + x.kind().label() + " " + x.change() + " " + x.record())
                .containsExactly(
                        "2024-01 membership left BBB in OLD",
                        "2024-01-05 alliance formed BOTH (Alliance 3)",
                        "2024-01-20 alliance ended OLD (Alliance 2)",
                        "2024-02 alliance formed FEB (Alliance 1)",
                        "2024-02-04 membership joined AAA in FEB",
                        "2024-02-10 alliance ended BOTH (Alliance 3)",
                        "2024-02-14 relation begun AAA cooperates with BBB",
                        "2024-02-14 relation ended AAA rival of BBB");
        // an end known to the month holds to the month's last day: "2024-01" has not ended by 31 Jan
        assertThat(Changes.between(
                        JAN_1,
                        LocalDate.of(2024, 1, 31),
                        new Changes.Records(List.of(), members, List.of(), List.of()),
                        ref -> List.of()))
                .isEmpty();
        // an alliance's change names its members and its source
        Change feb =
                c.stream().filter(x -> x.record().startsWith("FEB")).findFirst().orElseThrow();
        assertThat(feb.parties()).containsExactly("AAA");
        assertThat(feb.source()).isEqualTo(SOURCE);
        assertThat(feb.adds()).isTrue();
    }

    @Test
    void aDealsClaimsInRangeThatChangeItsStatusAreItsChanges() {
        List<DealClaim> claims = List.of(
                claim(1, 1, "2023-12-20", ClaimStatus.REPORTED), // before: in force on the first day
                claim(2, 1, "2024-01-10", ClaimStatus.DENIED),
                claim(3, 1, "2024-01-20", ClaimStatus.REPORTED), // back in force: made again
                claim(4, 1, "2024-01-25", ClaimStatus.REPORTED), // no change
                claim(5, 1, "2024-02-14", ClaimStatus.CONFIRMED),
                claim(6, 1, "2024-02-16", ClaimStatus.COLLAPSED), // after the second day
                claim(7, 2, "2024-02", ClaimStatus.REPORTED), // new, known to the month
                claim(8, 2, "2024-02-05", ClaimStatus.SWITCHED));
        List<Change> c = between(new Changes.Records(List.of(), List.of(), List.of(), claims));
        assertThat(c)
                .extracting(x -> x.date().iso() + " " + x.change() + " " + x.record())
                .containsExactly(
                        "2024-01-10 denied NA-1: GIV for REC",
                        "2024-01-20 made again NA-1: GIV for REC",
                        "2024-02 made NA-2: GIV for REC",
                        "2024-02-05 switched NA-2: GIV for REC",
                        "2024-02-14 confirmed NA-1: GIV for REC");
        assertThat(c).extracting(Change::adds).containsExactly(false, true, true, false, true);
        assertThat(c.get(0).ref().kind()).isEqualTo(RecordKind.CLAIMS);
        assertThat(c.get(0).ref().id()).isEqualTo(2);
        assertThat(c.get(0).parties()).containsExactly("GIV", "REC");
    }

    @Test
    void theSecondDayMustFollowTheFirst() {
        Changes.Records none = new Changes.Records(List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> Changes.between(FEB_15, JAN_1, none, ref -> List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after");
        assertThatThrownBy(() -> Changes.between(JAN_1, JAN_1, none, ref -> List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
