package org.allianceexplorer.timeline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.ClaimCount;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.Source;

/**
 * Everything the timeline can show, read once from a database (off the FX thread) and then filtered and
 * laid out in memory: the whole history, not cut at the as-of date (the as-of cursor marks it instead).
 *
 * <p>A database with more than {@link #CLAIMS_DRAWN} claims is not read claim by claim: {@code claims} is empty and
 * the seat-deal lanes are density bands of the claims counted by {@code counter} (by assembly and date, in SQL).
 *
 * @param resultElections names of the elections that have results in the database
 * @param resultCredits   the outlets credited for results (e.g. "Aiwan-e-Jamhoor (Hiba Sameen), CC-BY-4.0")
 * @param claimTotal      how many claims the database holds (all of them, read or not)
 * @param counter         counts the claims by assembly and date for a party filter, when they were not read
 */
public record TimelineData(
        List<Party> parties,
        List<Alliance> alliances,
        List<Membership> memberships,
        List<DealClaim> claims,
        List<Event> events,
        List<Election> elections,
        Set<String> resultElections,
        List<String> resultCredits,
        long claimTotal,
        ClaimCounter counter) {

    /** Above this many claims the timeline draws density bands instead of one mark per claim. */
    public static final int CLAIMS_DRAWN = 20_000;

    /** Counts the claims of the deals given or received by one of the parties (none: all), by assembly and date. */
    @FunctionalInterface
    public interface ClaimCounter {
        List<ClaimCount> count(Set<String> parties);
    }

    public static final TimelineData EMPTY = new TimelineData(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), 0, null);

    public TimelineData {
        parties = List.copyOf(parties);
        alliances = List.copyOf(alliances);
        memberships = List.copyOf(memberships);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        elections = List.copyOf(elections);
        resultElections = Set.copyOf(resultElections);
        resultCredits = List.copyOf(resultCredits);
    }

    /** Reads the timeline's records (call off the FX thread). */
    public static TimelineData load(Repositories r) {
        RecordFilter all = RecordFilter.ALL;
        List<DealClaim> claims = new ArrayList<>();
        long total = r.deals().claimCount();
        if (total <= CLAIMS_DRAWN) {
            r.deals().forEachClaim(all, claims::add);
        }
        Set<String> withResults = r.elections().electionsWithResults();
        List<String> credits = new ArrayList<>();
        if (!withResults.isEmpty()) {
            for (Source s : r.sources().sources(all)) {
                String t = (s.title() + " " + s.outlet()).toLowerCase(Locale.ROOT);
                if (t.contains("results") && !credits.contains(s.outlet())) {
                    credits.add(s.outlet());
                }
            }
        }
        return new TimelineData(
                r.parties().parties(all),
                r.alliances().alliances(all),
                r.alliances().memberships(all),
                claims,
                r.events().events(all),
                r.elections().elections(all),
                withResults,
                credits,
                total,
                total <= CLAIMS_DRAWN ? null : r.deals()::claimCounts);
    }

    /** True when there is nothing to show. */
    public boolean isEmpty() {
        return alliances.isEmpty()
                && memberships.isEmpty()
                && claimTotal == 0
                && events.isEmpty()
                && elections.isEmpty();
    }

    public Party party(String abbreviation) {
        for (Party p : parties) {
            if (p.abbreviation().equals(abbreviation)) {
                return p;
            }
        }
        return null;
    }
}
