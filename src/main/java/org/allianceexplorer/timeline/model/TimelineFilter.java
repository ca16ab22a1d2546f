package org.allianceexplorer.timeline.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.Level;

/**
 * What the timeline is restricted to; an empty set means "all".
 *
 * @param parties    party abbreviations: alliances with one of them as member (and only their member lanes),
 *                   claims where one of them gives or receives, events they took part in
 * @param kinds      alliance kinds shown
 * @param levels     alliance levels shown
 * @param assemblies assembly codes ({@code NA}, {@code PS}...) of the seats whose claims are shown
 */
public record TimelineFilter(Set<String> parties, Set<AllianceKind> kinds, Set<Level> levels, Set<String> assemblies) {

    public static final TimelineFilter ALL = new TimelineFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public TimelineFilter {
        parties = Set.copyOf(parties);
        kinds = Set.copyOf(kinds);
        levels = Set.copyOf(levels);
        assemblies = Set.copyOf(
                assemblies.stream().map(a -> a.toUpperCase(Locale.ROOT)).toList());
    }

    public static TimelineFilter parties(Collection<String> abbreviations) {
        return ALL.withParties(abbreviations);
    }

    public TimelineFilter withParties(Collection<String> abbreviations) {
        return new TimelineFilter(new LinkedHashSet<>(abbreviations), kinds, levels, assemblies);
    }

    public TimelineFilter withKinds(Collection<AllianceKind> k) {
        return new TimelineFilter(parties, new LinkedHashSet<>(k), levels, assemblies);
    }

    public TimelineFilter withLevels(Collection<Level> l) {
        return new TimelineFilter(parties, kinds, new LinkedHashSet<>(l), assemblies);
    }

    public TimelineFilter withAssemblies(Collection<String> a) {
        return new TimelineFilter(parties, kinds, levels, new LinkedHashSet<>(a));
    }

    boolean party(String abbreviation) {
        return parties.isEmpty() || parties.contains(abbreviation);
    }

    boolean anyParty(Collection<String> abbreviations) {
        if (parties.isEmpty()) {
            return true;
        }
        for (String p : abbreviations) {
            if (parties.contains(p)) {
                return true;
            }
        }
        return false;
    }

    boolean kind(AllianceKind k) {
        return kinds.isEmpty() || kinds.contains(k);
    }

    boolean level(Level l) {
        return levels.isEmpty() || levels.contains(l);
    }

    boolean assembly(String code) {
        return assemblies.isEmpty() || assemblies.contains(code);
    }

    /** True when nothing is filtered out. */
    public boolean isAll() {
        return parties.isEmpty() && kinds.isEmpty() && levels.isEmpty() && assemblies.isEmpty();
    }
}
