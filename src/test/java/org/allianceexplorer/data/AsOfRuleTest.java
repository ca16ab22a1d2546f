package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.testing.Engine;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "Holds on a day" is written twice: in SQL ({@link SqlSupport#spanHolds}, {@link SqlSupport#onOrBefore}),
 * which the repositories use, and in Java ({@link Period#holdsOn}, {@link PartialDate#startsBy}), which the
 * graph, timeline and charts use. This proves the two give the same answer over a grid of days and partial
 * dates ({@code 1977}, {@code 1977-01}, {@code 1977-01-10}, open ends), then for every kind the
 * repositories filter by date on the bundled dataset. On each engine (ADR 0018): the SQL must mean the same on both.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class AsOfRuleTest {

    @Parameter
    Engine engine;

    /** A connection to run the engine's SQL on (on PostgreSQL, through the dialect's translation). */
    private Connection connection() throws Exception {
        return engine == Engine.SQLITE
                ? DriverManager.getConnection("jdbc:sqlite::memory:")
                : Dialect.POSTGRESQL.wrap(TestServer.connect(TestServer.address()));
    }

    private static final List<String> DATES = List.of(
            "1976",
            "1977",
            "1978",
            "1976-12",
            "1977-01",
            "1977-02",
            "1977-12",
            "1976-12-31",
            "1977-01-01",
            "1977-01-09",
            "1977-01-10",
            "1977-01-11",
            "1977-01-31",
            "1977-02-01",
            "1977-12-31",
            "1978-01-01");

    private static final List<LocalDate> DAYS = List.of(
            LocalDate.of(1976, 12, 30),
            LocalDate.of(1976, 12, 31),
            LocalDate.of(1977, 1, 1),
            LocalDate.of(1977, 1, 9),
            LocalDate.of(1977, 1, 10),
            LocalDate.of(1977, 1, 11),
            LocalDate.of(1977, 1, 31),
            LocalDate.of(1977, 2, 1),
            LocalDate.of(1977, 6, 15),
            LocalDate.of(1977, 12, 31),
            LocalDate.of(1978, 1, 1),
            LocalDate.of(1978, 6, 1));

    @Test
    void spansHoldOnTheSameDaysInSqlAndInJava() throws Exception {
        List<String> ends = new ArrayList<>(DATES);
        ends.add(null);
        int compared = 0;
        try (Connection c = connection();
                PreparedStatement ps = c.prepareStatement("SELECT " + SqlSupport.spanHolds("x")
                        + " FROM (SELECT CAST(? AS TEXT) AS from_date, CAST(? AS TEXT) AS to_date) x")) {
            for (String from : ends) {
                for (String to : ends) {
                    PartialDate f = PartialDate.parseNullable(from);
                    PartialDate t = PartialDate.parseNullable(to);
                    if (f != null && t != null && t.latest().isBefore(f.earliest())) {
                        continue; // not a period: the schema refuses it
                    }
                    Period p = new Period(f, t);
                    for (LocalDate day : DAYS) {
                        // the condition's two days come first in the text, then the period's ends
                        ps.setString(1, day.toString());
                        ps.setString(2, day.toString());
                        ps.setString(3, from);
                        ps.setString(4, to);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            assertThat(rs.getBoolean(1))
                                    .as("%s .. %s on %s", from, to, day)
                                    .isEqualTo(p.holdsOn(day));
                        }
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(2000);
    }

    @Test
    void aDateIsOnOrBeforeADayInSqlExactlyWhenItHasStartedInJava() throws Exception {
        try (Connection c = connection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT " + SqlSupport.onOrBefore("x.date") + " FROM (SELECT CAST(? AS TEXT) AS date) x")) {
            for (String date : DATES) {
                for (LocalDate day : DAYS) {
                    ps.setString(1, day.toString());
                    ps.setString(2, date);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(rs.getBoolean(1))
                                .as("%s by %s", date, day)
                                .isEqualTo(PartialDate.parse(date).startsBy(day));
                    }
                }
            }
        }
    }

    /** Each kind: what its repository returns as of a day is what the Java rule keeps of everything. */
    @Test
    void everyKindOfTheBundledDatasetIsFilteredByTheJavaRule() {
        try (Database db = engine.openBundled()) {
            Repositories r = Repositories.of(db);
            List<LocalDate> days = new ArrayList<>();
            for (int y = 1976; y <= 2025; y += 3) {
                days.add(LocalDate.of(y, 1, 1));
                days.add(LocalDate.of(y, 6, 30));
            }
            days.addAll(List.of(
                    LocalDate.of(2024, 1, 9),
                    LocalDate.of(2024, 1, 10),
                    LocalDate.of(2024, 1, 20),
                    LocalDate.of(2024, 2, 4),
                    LocalDate.of(2024, 2, 5),
                    LocalDate.of(2024, 2, 8),
                    LocalDate.of(2024, 2, 14)));
            for (LocalDate day : days) {
                RecordFilter on = RecordFilter.ALL.withAsOf(day);
                same(
                        "alliances",
                        day,
                        r.alliances().alliances(RecordFilter.ALL),
                        r.alliances().alliances(on),
                        a -> a.period().holdsOn(day),
                        a -> a.id());
                same(
                        "memberships",
                        day,
                        r.alliances().memberships(RecordFilter.ALL),
                        r.alliances().memberships(on),
                        m -> m.period().holdsOn(day),
                        m -> m.id());
                // a relation holds while its span does and both its parties exist (no rivalry before a founding)
                Map<String, Party> parties = new HashMap<>();
                r.parties().parties(RecordFilter.ALL).forEach(p -> parties.put(p.abbreviation(), p));
                same(
                        "relations",
                        day,
                        r.parties().relations(RecordFilter.ALL),
                        r.parties().relations(on),
                        x -> x.period().holdsOn(day)
                                && parties.get(x.partyA()).existsOn(day)
                                && parties.get(x.partyB()).existsOn(day),
                        x -> x.id());
                same(
                        "affiliations",
                        day,
                        r.people().affiliations(RecordFilter.ALL),
                        r.people().affiliations(on),
                        a -> a.period().holdsOn(day),
                        a -> a.id());
                same(
                        "parties",
                        day,
                        r.parties().parties(RecordFilter.ALL),
                        r.parties().parties(on),
                        p -> p.lifetime().holdsOn(day),
                        p -> p.id());
                same(
                        "events",
                        day,
                        r.events().events(RecordFilter.ALL),
                        r.events().events(on),
                        e -> e.date().startsBy(day),
                        e -> e.id());
                same(
                        "elections",
                        day,
                        r.elections().elections(RecordFilter.ALL),
                        r.elections().elections(on),
                        e -> e.pollingDay() == null || e.pollingDay().startsBy(day),
                        e -> e.id());
                same(
                        "claims",
                        day,
                        r.deals().claims(RecordFilter.ALL),
                        r.deals().claims(on),
                        k -> k.date().startsBy(day),
                        k -> k.id());
                same(
                        "sources",
                        day,
                        r.sources().sources(RecordFilter.ALL),
                        r.sources().sources(on),
                        s -> s.published() == null || s.published().startsBy(day),
                        s -> s.id());
            }
        }
    }

    private static <T> void same(
            String kind, LocalDate day, List<T> all, List<T> asOf, Predicate<T> rule, Function<T, Long> id) {
        List<Long> java = all.stream().filter(rule).map(id).sorted().toList();
        List<Long> sql = asOf.stream().map(id).filter(Objects::nonNull).sorted().toList();
        assertThat(sql).as("%s as of %s", kind, day).isEqualTo(java);
    }
}
