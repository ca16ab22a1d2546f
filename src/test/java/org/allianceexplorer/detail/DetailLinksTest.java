package org.allianceexplorer.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every link on every detail page of the bundled dataset opens the record it names. A claim's outlet once
 * opened an unrelated source (the claim's id was read as the source's): a wrong citation is the worst
 * defect this product can have, so each link kind is checked against the record it must open.
 */
class DetailLinksTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private static final Map<RecordKind, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put(RecordKind.PARTIES, "party");
        TABLES.put(RecordKind.PEOPLE, "person");
        TABLES.put(RecordKind.ELECTIONS, "election");
        TABLES.put(RecordKind.CONSTITUENCIES, "constituency");
        TABLES.put(RecordKind.RESULTS, "candidacy");
        TABLES.put(RecordKind.ALLIANCES, "alliance");
        TABLES.put(RecordKind.MEMBERSHIPS, "membership");
        TABLES.put(RecordKind.DEALS, "seat_deal");
        TABLES.put(RecordKind.CLAIMS, "deal_claim");
        TABLES.put(RecordKind.EVENTS, "event");
        TABLES.put(RecordKind.RELATIONS, "party_relation");
        TABLES.put(RecordKind.SOURCES, "source");
    }

    private static List<Long> ids(String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        Connection c = bundled.session().database().connection();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static DetailPage page(RecordRef ref, LocalDate asOf) {
        RecordDetail d = bundled.session()
                .repositories()
                .details()
                .detail(ref, asOf)
                .orElseThrow(() -> new AssertionError("no page for " + ref));
        return DetailPages.page(d, asOf);
    }

    /** All the text of a page's header and fields, where a link's words must be found on the page it opens. */
    private static String said(DetailPage p) {
        StringBuilder b = new StringBuilder(p.title()).append(' ').append(p.subtitle() == null ? "" : p.subtitle());
        p.fields().forEach(f -> b.append(' ').append(f.text()));
        b.append(' ').append(p.ref().label() == null ? "" : p.ref().label());
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static List<Span> links(DetailPage p) {
        List<Span> out = new ArrayList<>();
        p.fields().forEach(f -> f.value().stream().filter(s -> s.link() != null).forEach(out::add));
        p.sections()
                .forEach(s -> s.lines()
                        .forEach(l ->
                                l.spans().stream().filter(x -> x.link() != null).forEach(out::add)));
        return out;
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyLinkOnEveryPageOfAKindOpensTheRecordItNames(RecordKind kind) throws Exception {
        // every record of the kind; results are thousands: those of the founding case's seats
        String sql = kind == RecordKind.RESULTS
                ? "SELECT k.id FROM candidacy k JOIN constituency c ON c.id = k.constituency_id"
                        + " WHERE c.code IN ('NA-240', 'NA-241', 'NA-242')"
                : kind == RecordKind.CONSTITUENCIES
                        ? "SELECT id FROM constituency WHERE code IN ('NA-240', 'NA-241', 'NA-242', 'PS-88', 'PS-99')"
                        : "SELECT id FROM " + TABLES.get(kind);
        List<Long> records = ids(sql);
        assertThat(records).as(kind.code()).isNotEmpty();
        int checked = 0;
        for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2024, 1, 20)}) {
            for (long id : records) {
                DetailPage p = page(new RecordRef(kind, id, null), asOf);
                for (Span s : links(p)) {
                    DetailPage target = page(s.link(), asOf);
                    assertThat(target.ref().kind()).isEqualTo(s.link().kind());
                    String words = s.text().toLowerCase(Locale.ROOT).trim();
                    if (words.equals("details")) {
                        words = s.link().label().toLowerCase(Locale.ROOT);
                    }
                    if (s.link().kind() == RecordKind.RELATIONS) {
                        // a relation link reads as a phrase ("absorbed", "MQM-P split MQM"): the parties it names
                        // are the parties of the relation it opens
                        for (String party : (s.text() + " " + s.link().label()).split("\\s+")) {
                            if (party.matches("[A-Z][A-Z0-9-]+")) {
                                assertThat(target.title())
                                        .as("%s on %s %d", s.text(), kind.code(), id)
                                        .contains(party);
                            }
                        }
                        assertThat(target.badge()).isEqualTo("Relation");
                        checked++;
                        continue;
                    }
                    String targetSays = said(target);
                    for (String word : words.split("[\\s:,\u00b7]+")) {
                        assertThat(targetSays)
                                .as(
                                        "link '%s' on the page of %s %d opens %s",
                                        s.text(), kind.code(), id, target.title())
                                .contains(word);
                    }
                    checked++;
                }
            }
        }
        if (kind != RecordKind.ELECTIONS && kind != RecordKind.SOURCES) {
            assertThat(checked).as("links checked on %s pages", kind.code()).isPositive();
        }
    }

    @Test
    void eachClaimsOutletOpensTheSourceThatClaimCites() throws Exception {
        List<Long> deals = ids("SELECT id FROM seat_deal ORDER BY id");
        int checked = 0;
        for (long deal : deals) {
            List<Long> cited = ids("SELECT source_id FROM deal_claim WHERE deal_id = " + deal + " ORDER BY date, id");
            DetailPage p = page(new RecordRef(RecordKind.DEALS, deal, null), null);
            List<Long> linked = p.section("claims").orElseThrow().lines().stream()
                    .flatMap(l -> l.spans().stream())
                    .filter(s -> s.link() != null && s.link().kind() == RecordKind.SOURCES)
                    .map(s -> s.link().id())
                    .toList();
            assertThat(linked).as("deal %d", deal).isEqualTo(cited);
            checked += linked.size();
        }
        for (long claim : ids("SELECT id FROM deal_claim")) {
            long source =
                    ids("SELECT source_id FROM deal_claim WHERE id = " + claim).get(0);
            DetailPage p = page(new RecordRef(RecordKind.CLAIMS, claim, null), null);
            assertThat(p.field("Reported by")
                            .orElseThrow()
                            .value()
                            .get(0)
                            .link()
                            .id())
                    .as("claim %d", claim)
                    .isEqualTo(source);
        }
        assertThat(checked).isEqualTo(ids("SELECT id FROM deal_claim").size());
    }

    @Test
    void theNa242SwitchCitesArysReportOfFiveFebruary() {
        // the case that was reported: ARY News of 5 Feb on ANP -> MQM-P at NA-242 opened "1985 Pakistani general
        // election"
        RecordRef deal = bundled.session().repositories().search().search("Mustafa Kamal", 8).stream()
                .map(h -> h.ref())
                .filter(r -> r.kind() == RecordKind.DEALS)
                .findFirst()
                .orElseThrow();
        DetailPage p = page(deal, null);
        Span ary = p.section("claims").orElseThrow().lines().get(0).spans().stream()
                .filter(s -> s.link() != null)
                .findFirst()
                .orElseThrow();
        DetailPage source = page(ary.link(), null);
        assertThat(source.title()).isEqualTo("ANP candidate withdraws in favor of MQM-P from NA-242");
        assertThat(source.subtitle()).isEqualTo("ARY News \u00b7 5 Feb 2024");
    }
}
