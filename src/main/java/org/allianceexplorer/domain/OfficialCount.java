package org.allianceexplorer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The official count of a seat at an election (Pakistan: the returning officer's Form-47): the totals, and
 * the winner and runner-up as the form prints them, each linked to the candidate result it was matched to.
 * Beside it, the winner and runner-up of the candidate-level results ({@code listed...}), which may come from
 * another basis (a later transcription). Where a seat has an official count the app shows its figures,
 * names the basis, and lists where the two disagree ({@link #differences()}).
 *
 * @param basis the kind of count, e.g. {@code Form-47}
 */
public record OfficialCount(
        long id,
        String code,
        RecordRef election,
        RecordRef seat,
        String basis,
        PartialDate declared,
        Long pollingStations,
        Long registered,
        Long polled,
        Long validVotes,
        Long rejectedVotes,
        Double turnout,
        Integer candidates,
        String flags,
        Entry winner,
        Entry runnerUp,
        Entry listedWinner,
        Entry listedRunnerUp) {

    /** The basis of figures that are not an official count's: the candidate results as they were imported. */
    public static final String LISTED = "candidate results";

    /**
     * One candidate in a count.
     *
     * @param result      the candidate result it is (null when the form's name matched none)
     * @param name        the name as this count prints it
     * @param resultName  the name in the candidate results (null when not matched)
     * @param party       the party as this count prints it (abbreviation or label)
     * @param votes       the votes in this count
     * @param listedVotes the votes the matched candidate result has (null when not matched)
     */
    public record Entry(RecordRef result, String name, String resultName, String party, Long votes, Long listedVotes) {

        /** The name to show: the candidate result's when matched (it links), else the form's. */
        public String shownName() {
            return resultName != null ? resultName : name;
        }

        boolean same(Entry o) {
            return o != null && result != null && o.result != null && result.id() == o.result.id();
        }
    }

    /** The winner's lead over the runner-up in this count, when both have votes. */
    public Long margin() {
        return winner != null && runnerUp != null && winner.votes() != null && runnerUp.votes() != null
                ? winner.votes() - runnerUp.votes()
                : null;
    }

    /** True when the candidate results disagree with this count on who won, who came second or their votes. */
    public boolean differs() {
        return !differences().isEmpty();
    }

    /** Where the candidate results disagree with this count, one short phrase each ("winner's votes: ..."). */
    public List<String> differences() {
        List<String> out = new ArrayList<>();
        compare(out, "winner", winner, listedWinner);
        compare(out, "runner-up", runnerUp, listedRunnerUp);
        return out;
    }

    /** The kinds of difference only ("winner", "runner-up's votes"), for a table cell. */
    public String differenceSummary() {
        List<String> kinds = new ArrayList<>();
        for (String d : differences()) {
            kinds.add(d.substring(0, d.indexOf(':')));
        }
        return String.join(", ", kinds);
    }

    private void compare(List<String> out, String role, Entry counted, Entry listed) {
        if (counted == null || counted.name() == null && counted.votes() == null) {
            return;
        }
        if (counted.result() == null) {
            out.add(role + ": " + counted.name() + " on the " + basis + " is not among the candidate results");
            return;
        }
        if (listed != null && !counted.same(listed)) {
            out.add(role + ": " + counted.shownName() + " on the " + basis + ", " + listed.shownName()
                    + " in the candidate results");
        }
        if (counted.votes() != null
                && counted.listedVotes() != null
                && !counted.votes().equals(counted.listedVotes())) {
            out.add(role + "'s votes: " + n(counted.votes()) + " on the " + basis + ", " + n(counted.listedVotes())
                    + " in the candidate results");
        }
    }

    private static String n(long v) {
        return String.format(Locale.ENGLISH, "%,d", v);
    }
}
