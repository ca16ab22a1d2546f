package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Problem;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.testing.BundledCounts;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bundled dataset loads, validates, and tells the founding case. */
class BundledDatasetTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void passesEveryCheck() {
        List<Problem> problems = new Validator(bundled.db(), 20).problems();
        assertThat(problems).isEmpty();
    }

    @Test
    void notesSpeakToTheReaderNotOfTheProjectsFiles() throws Exception {
        // notes once read "per founding-case.md" and "(deal pk2024-na242-anp-pmln)": internal names mean nothing in the
        // pane
        String[] texts = {
            "SELECT note FROM seat_deal",
            "SELECT note FROM deal_claim",
            "SELECT note FROM party_relation",
            "SELECT description FROM alliance",
            "SELECT description FROM event"
        };
        int read = 0;
        for (String sql : texts) {
            try (var st = bundled.db().connection().createStatement();
                    var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    if (t != null) {
                        read++;
                        assertThat(t).as(sql).doesNotContainPattern("\\.md\\b|\\.csv\\b|\\bpk20\\d\\d-|\\bfc-[a-z]");
                    }
                }
            }
        }
        assertThat(read).isGreaterThan(20);
    }

    @Test
    void holdsTheResultsAndTheCuratedRecords() {
        Map<RecordKind, Long> n = bundled.repositories().statistics().counts();
        assertThat(n.get(RecordKind.RESULTS)).isEqualTo(5112);
        assertThat(n.get(RecordKind.CONSTITUENCIES)).isGreaterThanOrEqualTo(266 + 5);
        assertThat(n.get(RecordKind.DEALS)).isEqualTo(BundledCounts.DEALS);
        assertThat(n.get(RecordKind.PARTIES)).isEqualTo(BundledCounts.PARTIES);
        // issue 13: at least 60 deals over at least three elections, with at least 120 dated claims
        assertThat(n.get(RecordKind.CLAIMS)).isGreaterThanOrEqualTo(120);
        assertThat(bundled.repositories().statistics().coverage())
                .filteredOn(c -> c.deals() > 0)
                .extracting(Repositories.Coverage::election)
                .containsExactly(
                        "Pakistan general election 2013",
                        "Pakistan general election 2018",
                        "Pakistan general election 2024");
        assertThat(n.get(RecordKind.ALLIANCES)).isGreaterThanOrEqualTo(11);
        assertThat(bundled.db().readOnly()).isTrue();
    }

    @Test
    void resultsLabelledMqmCountForMqmP() {
        // the results print "MQM" for MQM-P (their SOURCES.md: "MQM naming normalised to MQM-P downstream");
        // the dataset's alias must win over the original MQM's abbreviation
        long[] won = new long[2];
        bundled.repositories().elections().forEachResult(RecordFilter.ALL, c -> {
            if (c.elected() && "MQM-P".equals(c.party())) {
                won[0]++;
            }
            if ("MQM".equals(c.party())) {
                won[1]++;
            }
        });
        assertThat(won[0]).isEqualTo(17);
        assertThat(won[1]).isZero();
    }

    @Test
    void na242OutcomeComesFromTheOfficialCount() {
        // issue 13: the Form-47 (71,767 to 53,759) is preferred to the later transcription (71,727 to 53,770)
        SeatDeal kamal = na242(null, "ANP", "MQM-P");
        assertThat(kamal.candidate()).isEqualTo("Syed Mustafa Kamal");
        assertThat(kamal.outcome()).isNotNull();
        assertThat(kamal.outcome().won()).isTrue();
        assertThat(kamal.outcome().basis()).isEqualTo("Form-47");
        assertThat(kamal.outcome().receiverVotes()).isEqualTo(71_767);
        assertThat(kamal.outcome().margin()).isEqualTo(71_767 - 53_759);
        assertThat(kamal.outcome().giverVotes()).isEqualTo(725L);
    }

    @Test
    void na242HistoryDiffersByAsOfDate() {
        LocalDate jan11 = LocalDate.of(2024, 1, 11);
        LocalDate jan20 = LocalDate.of(2024, 1, 20);
        LocalDate feb10 = LocalDate.of(2024, 2, 10);
        assertThat(na242(jan11, "MQM-P", "PML-N").status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(na242(jan11, "ANP", "PML-N")).isNull();
        assertThat(na242(jan11, "ANP", "MQM-P")).isNull();

        // Shehbaz Sharif withdrew from NA-242 on 12 January: both deals in his favour ended then
        assertThat(na242(jan20, "ANP", "PML-N").status()).isEqualTo(ClaimStatus.COLLAPSED);
        assertThat(na242(jan20, "MQM-P", "PML-N").status()).isEqualTo(ClaimStatus.COLLAPSED);
        assertThat(na242(jan20, "ANP", "MQM-P")).isNull();
        assertThat(na242(jan20, "ANP", "PML-N").outcome())
                .as("results of 8 Feb are not known on 20 Jan")
                .isNull();

        assertThat(na242(feb10, "ANP", "PML-N").status()).isEqualTo(ClaimStatus.SWITCHED);
        assertThat(na242(feb10, "ANP", "MQM-P").status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(na242(feb10, "ANP", "MQM-P").outcome().won()).isTrue();
        assertThat(na242(null, "ANP", "MQM-P").status()).isEqualTo(ClaimStatus.CONFIRMED);
    }

    /**
     * Issue 13's correction, pinned: the NA-242 deals in Shehbaz Sharif's favour end on 12 January 2024, when he
     * withdrew his nomination papers (ARY News; The Nation), and ANP's was reported the same day before it.
     */
    @Test
    void na242DealsForShehbazSharifEndWhenHeWithdrewOn12January() throws Exception {
        LocalDate jan12 = LocalDate.of(2024, 1, 12);
        assertThat(na242(jan12, "MQM-P", "PML-N").status()).isEqualTo(ClaimStatus.COLLAPSED);
        assertThat(na242(jan12, "ANP", "PML-N").status()).isEqualTo(ClaimStatus.COLLAPSED);
        assertThat(na242(jan12, "ANP", "PML-N").claims()).isEqualTo(2); // reported, then collapsed, that day
        try (var st = bundled.db().connection().createStatement();
                var rs = st.executeQuery("SELECT g.abbreviation, s.url, s.snippet FROM deal_claim k"
                        + " JOIN seat_deal d ON d.id = k.deal_id JOIN party g ON g.id = d.giver_id"
                        + " JOIN party r ON r.id = d.receiver_id JOIN constituency c ON c.id = d.constituency_id"
                        + " JOIN source s ON s.id = k.source_id WHERE c.code = 'NA-242' AND r.abbreviation = 'PML-N'"
                        + " AND k.status = 'collapsed' AND k.date = '2024-01-12' ORDER BY g.abbreviation")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ANP");
            assertThat(rs.getString(2)).contains("nation.com.pk");
            assertThat(rs.getString(3)).contains("Shehbaz Sharif withdrew from National Assembly constituency NA-242");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("MQM-P");
            assertThat(rs.getString(2)).contains("arynews.tv/na-242-shehbaz-sharif-withdraws");
            assertThat(rs.getString(3)).contains("Khawaja Shoaib will be PML-N’s candidate from NA-242");
            assertThat(rs.next()).isFalse();
        }
    }

    /**
     * Issue 13's correction, pinned: the APDM did not boycott the 2008 election as a whole. PML-N reversed its
     * boycott and took part, ANP made its withdrawal conditional on JUI's; JI and (from January 2008) Tehrik-i-Istiqlal
     * were members, and Achakzai was convener by then (Dawn, quoted verbatim).
     */
    @Test
    void apdmSaysWhoBoycottedAndWhoTookPartAsDawnReportsIt() throws Exception {
        List<String> facts = new ArrayList<>();
        try (var st = bundled.db().connection().createStatement();
                var rs = st.executeQuery("SELECT description FROM alliance WHERE code = 'apdm'")) {
            rs.next();
            facts.add(rs.getString(1));
        }
        assertThat(facts.get(0))
                .doesNotContain("boycotted the 2008 elections")
                .contains("PML-N reversed its boycott and took part")
                .contains("Mehmood Khan Achakzai was its convener");
        List<String> members = new ArrayList<>();
        try (var st = bundled.db().connection().createStatement();
                var rs = st.executeQuery("SELECT p.abbreviation || ' ' || coalesce(m.from_date, '') FROM membership m"
                        + " JOIN alliance a ON a.id = m.alliance_id JOIN party p ON p.id = m.party_id"
                        + " WHERE a.code = 'apdm' ORDER BY 1")) {
            while (rs.next()) {
                members.add(rs.getString(1));
            }
        }
        assertThat(members).contains("JI 2007", "TeI 2008-01", "PML-N 2007", "ANP 2007");
        List<String> quotes = new ArrayList<>();
        try (var st = bundled.db().connection().createStatement();
                var rs = st.executeQuery(
                        "SELECT s.snippet FROM citation c JOIN source s ON s.id = c.source_id"
                                + " JOIN alliance a ON a.id = c.record_id AND c.record_kind = 'alliance' WHERE a.code = 'apdm'")) {
            while (rs.next()) {
                quotes.add(rs.getString(1));
            }
        }
        assertThat(quotes)
                .anySatisfy(
                        q -> assertThat(q).contains("boycotting the election and then reversing it within three days"))
                .anySatisfy(q -> assertThat(q).contains("made the withdrawal from the election conditional"))
                .anySatisfy(q -> assertThat(q).contains("APDM convener Mehmood Khan Achakzai"));
    }

    /**
     * Issue 13's correction, pinned: roles that ended are closed. Benazir Bhutto led the PPP until her death on 27
     * December 2007 (The Financial Express, agencies); Imran Khan handed the PTI chairmanship to Gohar Ali Khan on 2
     * December 2023 (The Nation) and stays its founder.
     */
    @Test
    void rolesThatEndedAreClosed() throws Exception {
        List<String> roles = new ArrayList<>();
        try (var st = bundled.db().connection().createStatement();
                var rs = st.executeQuery("SELECT x.code || ' ' || p.abbreviation || ' ' || f.role || ' '"
                        + " || coalesce(f.from_date, '?') || ' ' || coalesce(f.to_date, 'open') FROM affiliation f"
                        + " JOIN person x ON x.id = f.person_id JOIN party p ON p.id = f.party_id"
                        + " WHERE x.code IN ('benazir-bhutto', 'imran-khan') ORDER BY 1")) {
            while (rs.next()) {
                roles.add(rs.getString(1));
            }
        }
        assertThat(roles)
                .containsExactly(
                        "benazir-bhutto PPP leader 1984-01-10 2007-12-27",
                        "imran-khan PTI chairman 1996-04-25 2023-12-02",
                        "imran-khan PTI founder 1996-04-25 open");
    }

    private static SeatDeal na242(LocalDate asOf, String giver, String receiver) {
        return bundled.repositories().deals().deals(new RecordFilter(asOf, null)).stream()
                .filter(d -> d.seat().equals("NA-242")
                        && d.giver().equals(giver)
                        && d.receiver().equals(receiver))
                .findFirst()
                .orElse(null);
    }
}
