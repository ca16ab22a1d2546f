package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13's corrections to the top-level files of the bundled dataset, pinned one fact per test so that none of them
 * can silently come back. Each fact is checked in the database built from the bundled dataset, together with the
 * source that carries it.
 */
class DatasetCorrectionsTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    /**
     * The Muslim League in the PNA of 1977 was Pir Pagara's united Pakistan Muslim League (the PML-F lineage: Dawn,
     * Business Recorder, the Wikipedia article on the United Democratic Front), not the Pakistan Muslim League that
     * Junejo organised in 1985.
     */
    @Test
    void pnaMuslimLeagueIsPagarasLeagueNotThePmlOf1985() throws Exception {
        List<String> members = members("pna");
        assertThat(members).anySatisfy(m -> assertThat(m).startsWith("PML-Pagara 1977-01 "));
        assertThat(members).noneSatisfy(m -> assertThat(m).startsWith("PML "));
        assertThat(strings("SELECT name || ' ' || coalesce(founded, '?') || ' ' || coalesce(dissolved, 'open')"
                        + " FROM party WHERE abbreviation = 'PML-Pagara'"))
                .containsExactly("Pakistan Muslim League (Pagara) 1974 1985");
        assertThat(strings("SELECT a.abbreviation || ' ' || r.kind || ' ' || b.abbreviation || ' ' || r.from_date"
                        + " FROM party_relation r JOIN party a ON a.id = r.party_a JOIN party b ON b.id = r.party_b"
                        + " WHERE b.abbreviation = 'PML-Pagara'"))
                .containsExactly("PML-F split PML-Pagara 1985");
        assertThat(snippets("membership", membershipIds("pna", "PML-Pagara")))
                .anySatisfy(s -> assertThat(s).contains("PML under the leadership of spiritual leader of Hur Jamaat"))
                .anySatisfy(s -> assertThat(s).contains("Pakistan National Alliance"));
        assertThat(description("pna")).contains("Pir Pagara").contains("not the Pakistan Muslim League that");
    }

    /** The other PNA parties the sources name: JUI, NDP, PDP, Khaksar Tehrik, besides JI, JUP and Tehrik-i-Istiqlal. */
    @Test
    void pnaHasTheOtherPartiesTheSourcesName() throws Exception {
        List<String> parties = new ArrayList<>();
        for (String m : members("pna")) {
            parties.add(m.substring(0, m.indexOf(' ')));
        }
        assertThat(parties).contains("JI", "JUI", "JUP", "NDP", "PDP", "TeI", "KT", "PML-Pagara");
        assertThat(snippets("membership", membershipIds("pna", "JUI")))
                .anySatisfy(s -> assertThat(s)
                        .contains("the JUI contested the National Assembly election as a component of the Pakistan"));
        assertThat(snippets("membership", membershipIds("pna", "PDP")))
                .anySatisfy(s -> assertThat(s).contains("in the shape of the Pakistan National Alliance (PNA)"));
        assertThat(snippets("membership", membershipIds("pna", "NDP")))
                .anySatisfy(s -> assertThat(s).contains("Pakistan National Alliance agitation"));
    }

    /**
     * The MRD's JUI was Fazlur Rahman's JUI-F (the JUI split in 1980; Dawn: under Rahman the party joined the MRD), and
     * Tehrik-i-Istiqlal was a member from 1981 to 1986 (Library of Congress country study; Wikipedia's 1983 is noted).
     */
    @Test
    void mrdHasJuiFNotJuiAndTehrikIIstiqlalFrom1981To1986() throws Exception {
        List<String> members = members("mrd");
        assertThat(members).anySatisfy(m -> assertThat(m).startsWith("JUI-F 1981-02 "));
        assertThat(members).noneSatisfy(m -> assertThat(m).startsWith("JUI "));
        assertThat(members).contains("TeI 1981 1986");
        assertThat(snippets("membership", membershipIds("mrd", "TeI")))
                .anySatisfy(s -> assertThat(s)
                        .contains("in 1981 Tehrik-i-Istiqlal joined")
                        .contains("left the movement in 1986"));
        assertThat(snippets("membership", membershipIds("mrd", "JUI-F")))
                .anySatisfy(s -> assertThat(s).contains("Under Rahman’s chairmanship, the party joined the Movement"));
        assertThat(description("mrd"))
                .contains("JUI-F")
                .contains("1981")
                .contains("1986")
                .contains("1983");
    }

    /**
     * The IJI's own sources list nine parties without Tehrik-i-Istiqlal (which joined Junejo's alliance instead), and
     * its end is dated 1990 by Party Facts and 1993 by the other sources: both are named, 1993 is recorded.
     */
    @Test
    void ijiHasNoTehrikIIstiqlalAndNamesBothEndYears() throws Exception {
        assertThat(members("iji")).noneSatisfy(m -> assertThat(m).startsWith("TeI "));
        assertThat(strings("SELECT to_date FROM alliance WHERE code = 'iji'")).containsExactly("1993");
        assertThat(description("iji")).contains("1990").contains("1993").contains("Party Facts");
        List<String> quotes = snippets("alliance", ids("SELECT id FROM alliance WHERE code = 'iji'"));
        assertThat(quotes)
                .anySatisfy(s -> assertThat(s).startsWith("PAK,5492,,IJI,").contains(",1988,1990,"))
                .anySatisfy(s -> assertThat(s).contains("alliance was dissolved due to clashes between its member"))
                .anySatisfy(s -> assertThat(s)
                        .contains("IJI included the following parties")
                        .doesNotContain("Istiqlal"));
    }

    /** The PPP backed the PML-N-led coalition of 2024 from outside the federal cabinet (The News, 14 Feb 2024). */
    @Test
    void pppSupportsThe2024CoalitionFromOutsideTheCabinet() throws Exception {
        assertThat(strings("SELECT m.role FROM membership m JOIN alliance a ON a.id = m.alliance_id"
                        + " JOIN party p ON p.id = m.party_id WHERE a.code = 'govt-2024' AND p.abbreviation = 'PPP'"))
                .containsExactly("support from outside the cabinet");
        assertThat(snippets("membership", membershipIds("govt-2024", "PPP")))
                .anySatisfy(s -> assertThat(s).contains("without being part of the federal cabinet"));
        assertThat(description("govt-2024")).contains("outside the federal cabinet");
    }

    /** The anti-PPP alliance in Sindh (MQM, GDA, PML-N, JUI-F) is reported as formed in November 2023 (The Nation). */
    @Test
    void sindhAntiPppAllianceOfNovember2023IsSourced() throws Exception {
        assertThat(strings(
                        "SELECT published || ' ' || url FROM source WHERE snippet LIKE '%an electoral alliance has been"
                                + " formed in Sindh province against the Pakistan Peoples Party%'"))
                .containsExactly(
                        "2023-11-25 https://www.nation.com.pk/25-Nov-2023/anti-ppp-electoral-alliance-brewing-in-sindh");
    }

    /** The anti-PPP Sindh alliance (in the founding-case folder) is reported from November 2023 and cites it. */
    @Test
    void sindhAntiPppAllianceStartsInNovember2023() throws Exception {
        assertThat(strings("SELECT from_date FROM alliance WHERE code = 'fc-sindh-anti-ppp-2024'"))
                .singleElement()
                .asString()
                .startsWith("2023-11");
        assertThat(
                        strings(
                                "SELECT s.code FROM citation x JOIN alliance a ON a.id = x.record_id JOIN source s"
                                        + " ON s.id = x.source_id WHERE x.record_kind = 'alliance' AND a.code = 'fc-sindh-anti-ppp-2024'"))
                .contains("c13-ary-2023-11-12", "c13-nation-2023-11-25");
    }

    /**
     * MQM-P is recorded as founded on 23 August 2016 (The News, 24 Aug 2016); a 2020 revision of the Wikipedia article
     * gives 2017, which the record cites and the split's note names.
     */
    @Test
    void mqmPFoundedIn2016WithThe2017DateNamedAsADisagreement() throws Exception {
        assertThat(strings("SELECT founded FROM party WHERE abbreviation = 'MQM-P'"))
                .containsExactly("2016-08-23");
        List<String> cited = strings("SELECT coalesce(s.published, '') || ' ' || s.url FROM citation c"
                + " JOIN source s ON s.id = c.source_id JOIN party p ON p.id = c.record_id"
                + " WHERE c.record_kind = 'party' AND p.abbreviation = 'MQM-P'");
        assertThat(cited)
                .anySatisfy(s -> assertThat(s).startsWith("2016-08-24 https://www.thenews.com.pk/"))
                .anySatisfy(s -> assertThat(s).contains("oldid=964967321"));
        assertThat(strings("SELECT r.note FROM party_relation r JOIN party a ON a.id = r.party_a"
                        + " WHERE a.abbreviation = 'MQM-P' AND r.kind = 'split'"))
                .singleElement()
                .asString()
                .contains("23 August 2016")
                .contains("2017");
    }

    /** IPP's Urdu name is استحکام پاکستان پارٹی, as VOK FM printed it on the day the party was announced. */
    @Test
    void ippNativeNameIsTheFullPartyName() throws Exception {
        String name = "استحکام پاکستان پارٹی";
        assertThat(strings("SELECT native_name FROM party WHERE abbreviation = 'IPP'"))
                .containsExactly(name);
        assertThat(snippets("party", ids("SELECT id FROM party WHERE abbreviation = 'IPP'")))
                .anySatisfy(s -> assertThat(s).contains(name));
    }

    /** PML (Junejo) is Party Facts 6637 ("Pakistan Muslim League Junejo", 1986-2004), cited as Party Facts. */
    @Test
    void pmlJunejoCarriesItsPartyFactsId() throws Exception {
        assertThat(strings("SELECT name || ' ' || partyfacts_id FROM party WHERE abbreviation = 'PML'"))
                .containsExactly("Pakistan Muslim League (Junejo) 6637");
        assertThat(snippets("party", ids("SELECT id FROM party WHERE abbreviation = 'PML'")))
                .anySatisfy(s -> assertThat(s).startsWith("PAK,6637,,PML-J,Pakistan Muslim League Junejo,"));
    }

    /** Every party with a Party Facts id cites the Party Facts record of that id. */
    @Test
    void everyPartyFactsIdIsCitedFromPartyFacts() throws Exception {
        List<String> parties = strings("SELECT abbreviation || ' ' || partyfacts_id FROM party"
                + " WHERE partyfacts_id IS NOT NULL ORDER BY abbreviation");
        assertThat(parties).isNotEmpty();
        for (String p : parties) {
            String abbreviation = p.substring(0, p.lastIndexOf(' '));
            String id = p.substring(p.lastIndexOf(' ') + 1);
            assertThat(strings("SELECT s.url FROM citation c JOIN source s ON s.id = c.source_id"
                            + " JOIN party p ON p.id = c.record_id WHERE c.record_kind = 'party' AND p.abbreviation = '"
                            + abbreviation + "'"))
                    .as(p)
                    .contains("https://partyfacts.org/data/partycodes/" + id + "/");
        }
    }

    /**
     * Party Facts citations point at Party Facts and quote its record (the core parties list of July 2020), not a
     * Wikipedia page.
     */
    @Test
    void partyFactsSourcesPointAtPartyFacts() throws Exception {
        List<String> rows =
                strings("SELECT code || '|' || outlet || '|' || url || '|' || coalesce(published, '') || '|'"
                        + " || snippet FROM source WHERE code LIKE 'pf-%' ORDER BY code");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(11);
        for (String row : rows) {
            String[] f = row.split("\\|", 5);
            String id = f[0].substring(3);
            assertThat(f[1]).as(f[0]).isEqualTo("Party Facts");
            assertThat(f[2]).as(f[0]).isEqualTo("https://partyfacts.org/data/partycodes/" + id + "/");
            assertThat(f[2]).as(f[0]).doesNotContainIgnoringCase("wikipedia");
            assertThat(f[3]).as(f[0]).isEqualTo("2020-07");
            assertThat(f[4]).as(f[0]).startsWith("PAK," + id + ",");
        }
    }

    /** No quotation in the bundled sources joins fragments with an ellipsis. */
    @Test
    void noSnippetJoinsFragmentsWithAnEllipsis() throws Exception {
        List<String> snippets = strings("SELECT code || ': ' || snippet FROM source WHERE snippet IS NOT NULL");
        assertThat(snippets).hasSizeGreaterThan(100);
        assertThat(snippets).allSatisfy(s -> assertThat(s).doesNotContain("...").doesNotContain("…"));
    }

    /** The APDM's members as the Urdu Wikipedia and Dawn give them, and ANP took part in the 2008 election. */
    @Test
    void apdmListsItsMembersAndSaysAnpTookPart() throws Exception {
        assertThat(members("apdm"))
                .anySatisfy(m -> assertThat(m).startsWith("JUI-F 2007"))
                .anySatisfy(m -> assertThat(m).startsWith("PkMAP 2007"))
                .anySatisfy(m -> assertThat(m).startsWith("PTI 2007"));
        assertThat(description("apdm"))
                .contains("PML-N reversed its boycott and took part")
                .contains("ANP took part");
        assertThat(snippets("alliance", ids("SELECT id FROM alliance WHERE code = 'apdm'")))
                .anySatisfy(s -> assertThat(s).contains("Awami National Party (ANP) being the largest party"));
    }

    /** "ABBR from to" for each member of an alliance (empty dates as empty strings). */
    private static List<String> members(String alliance) throws Exception {
        return strings("SELECT p.abbreviation || ' ' || coalesce(m.from_date, '') || ' ' || coalesce(m.to_date, '')"
                + " FROM membership m JOIN alliance a ON a.id = m.alliance_id JOIN party p ON p.id = m.party_id"
                + " WHERE a.code = '" + alliance + "' ORDER BY 1");
    }

    private static String description(String alliance) throws Exception {
        List<String> d = strings("SELECT description FROM alliance WHERE code = '" + alliance + "'");
        assertThat(d).hasSize(1);
        return d.get(0);
    }

    private static List<Long> membershipIds(String alliance, String party) throws Exception {
        List<Long> found = ids("SELECT m.id FROM membership m JOIN alliance a ON a.id = m.alliance_id"
                + " JOIN party p ON p.id = m.party_id WHERE a.code = '" + alliance + "' AND p.abbreviation = '" + party
                + "'");
        assertThat(found).as(alliance + " " + party).isNotEmpty();
        return found;
    }

    /** The snippets of the sources cited by records of one kind. */
    private static List<String> snippets(String kind, List<Long> recordIds) throws Exception {
        List<String> out = new ArrayList<>();
        for (long id : recordIds) {
            out.addAll(strings("SELECT s.snippet FROM citation c JOIN source s ON s.id = c.source_id"
                    + " WHERE c.record_kind = '" + kind + "' AND c.record_id = " + id));
        }
        return out;
    }

    private static List<Long> ids(String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (var st = bundled.db().connection().createStatement();
                var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (var st = bundled.db().connection().createStatement();
                var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
