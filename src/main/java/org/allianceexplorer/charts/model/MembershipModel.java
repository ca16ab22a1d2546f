package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.allianceexplorer.data.ChartRepository;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;

/**
 * Alliance membership over time: per alliance and year, the number of member parties. The rule: a party
 * counts in a year when its membership held on any day of that year. A membership is clipped to its
 * alliance's own dates; an unknown start is the alliance's start (unknown too: left out, and counted in
 * {@link #undated()}); an open end runs to the as-of day, or with no as-of day to the last year any
 * membership or alliance date names. Memberships that began after the as-of day are not counted.
 *
 * @param lanes   one per alliance with members, by first year then name
 * @param undated memberships left out because neither they nor their alliance have a start date
 * @param sources the sources of the alliances shown and of the memberships counted
 */
public record MembershipModel(
        LocalDate asOf,
        List<String> focus,
        int firstYear,
        int lastYear,
        List<Lane> lanes,
        int undated,
        List<String> outlets,
        List<Source> sources)
        implements ChartModel {

    /**
     * One alliance: member parties per year, {@code counts[i]} for {@code firstYear + i}, and who they were
     * ({@code members.get(i)}, by abbreviation).
     */
    public record Lane(Alliance alliance, int[] counts, List<List<String>> members) {
        public Lane {
            members = members.stream().map(List::copyOf).toList();
        }

        public int max() {
            int m = 0;
            for (int c : counts) {
                m = Math.max(m, c);
            }
            return m;
        }
    }

    public MembershipModel {
        focus = List.copyOf(focus);
        lanes = List.copyOf(lanes);
        outlets = List.copyOf(outlets);
        sources = List.copyOf(sources);
    }

    public int years() {
        return lastYear - firstYear + 1;
    }

    /** Member parties of the alliance (by name, abbreviation or key) in the year; 0 when not shown. */
    public int count(String alliance, int year) {
        for (Lane l : lanes) {
            Alliance a = l.alliance();
            if ((alliance.equals(a.name()) || alliance.equals(a.code()) || alliance.equals(a.abbreviation()))
                    && year >= firstYear
                    && year <= lastYear) {
                return l.counts()[year - firstYear];
            }
        }
        return 0;
    }

    public int max() {
        return lanes.stream().mapToInt(Lane::max).max().orElse(0);
    }

    /** Reads alliances and memberships and counts them (call off the FX thread). */
    public static MembershipModel load(Repositories r, ChartRepository charts, ChartRequest q) {
        Map<String, Party> parties = ChartQueries.parties(r);
        List<String> focus = ChartQueries.resolveParties(parties, q.parties());
        Map<Long, Alliance> alliances = new LinkedHashMap<>();
        r.alliances().alliances(RecordFilter.ALL).forEach(a -> alliances.put(a.id(), a));
        List<Membership> all = r.alliances().memberships(RecordFilter.ALL);

        int last = q.asOf() != null ? q.asOf().getYear() : lastYearNamed(all, alliances.values());
        LocalDate end = q.asOf() != null ? q.asOf() : LocalDate.of(last, 12, 31);
        Set<Long> wanted = new HashSet<>();
        for (Membership m : all) {
            if (focus.isEmpty() || focus.contains(m.party())) {
                wanted.add(m.allianceId());
            }
        }
        // alliance -> year -> parties
        Map<Long, TreeMap<Integer, Set<String>>> byYear = new LinkedHashMap<>();
        Set<Long> counted = new HashSet<>();
        int undated = 0;
        for (Membership m : all) {
            Alliance a = alliances.get(m.allianceId());
            if (a == null || !wanted.contains(m.allianceId())) {
                continue;
            }
            LocalDate from = start(m.period().from(), a.period().from());
            if (from == null) {
                undated++;
                continue;
            }
            LocalDate to = finish(m.period().to(), a.period().to(), end);
            if (from.isAfter(end) || to.isBefore(from)) {
                continue;
            }
            for (int y = from.getYear(); y <= to.getYear(); y++) {
                byYear.computeIfAbsent(a.id(), k -> new TreeMap<>())
                        .computeIfAbsent(y, k -> new HashSet<>())
                        .add(m.party());
            }
            counted.add(m.id());
        }
        int first = byYear.values().stream().mapToInt(TreeMap::firstKey).min().orElse(last);
        List<Lane> lanes = new ArrayList<>();
        byYear.forEach((id, years) -> {
            int[] counts = new int[last - first + 1];
            List<List<String>> who = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                who.add(List.of());
            }
            years.forEach((y, ps) -> {
                if (y >= first && y <= last) {
                    counts[y - first] = ps.size();
                    who.set(y - first, new TreeSet<>(ps).stream().toList());
                }
            });
            lanes.add(new Lane(alliances.get(id), counts, who));
        });
        lanes.sort(
                Comparator.<Lane>comparingInt(l -> byYear.get(l.alliance().id()).firstKey())
                        .thenComparing(l -> l.alliance().name()));
        Set<String> outlets = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<Long, List<String>> cited = charts.outlets("membership");
        counted.forEach(id -> outlets.addAll(cited.getOrDefault(id, List.of())));
        List<RecordRef> behind = new ArrayList<>(ChartQueries.refs(RecordKind.MEMBERSHIPS, counted));
        behind.addAll(ChartQueries.refs(RecordKind.ALLIANCES, byYear.keySet()));
        return new MembershipModel(
                q.asOf(),
                focus,
                first,
                last,
                lanes,
                undated,
                List.copyOf(outlets),
                r.sourcesOf().of(behind, q.asOf()));
    }

    /** The later of the membership's and the alliance's start, {@code null} when both are unknown. */
    private static LocalDate start(PartialDate member, PartialDate alliance) {
        LocalDate m = member == null ? null : member.earliest();
        LocalDate a = alliance == null ? null : alliance.earliest();
        if (m == null) {
            return a;
        }
        return a == null || m.isAfter(a) ? m : a;
    }

    /** The earliest of the membership's end, the alliance's end and the last day counted. */
    private static LocalDate finish(PartialDate member, PartialDate alliance, LocalDate end) {
        LocalDate out = end;
        if (member != null && member.latest().isBefore(out)) {
            out = member.latest();
        }
        if (alliance != null && alliance.latest().isBefore(out)) {
            out = alliance.latest();
        }
        return out;
    }

    private static int lastYearNamed(List<Membership> memberships, Collection<Alliance> alliances) {
        int y = 0;
        for (Membership m : memberships) {
            y = Math.max(y, year(m.period().from()));
            y = Math.max(y, year(m.period().to()));
        }
        for (Alliance a : alliances) {
            y = Math.max(y, year(a.period().from()));
            y = Math.max(y, year(a.period().to()));
        }
        return y == 0 ? LocalDate.now().getYear() : y;
    }

    private static int year(PartialDate d) {
        return d == null ? 0 : d.year();
    }
}
