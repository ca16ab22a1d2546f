package org.allianceexplorer.domain;

/**
 * How a seat deal ended at the polls, from the results: did the beneficiary's candidate win, by what
 * margin, and how many votes did the withdrawing party still take there.
 *
 * @param won           whether the receiver's candidate came first
 * @param receiverVotes the receiver's candidate's votes
 * @param margin        votes ahead of the runner-up when won, behind the winner (negative) when lost
 * @param giverVotes    votes of the giver's own candidate in the seat, {@code null} when it had none on the ballot
 * @param basis         the official count the votes and margin are from (e.g. {@code Form-47}), {@code null} when
 *                      they are the candidate results' (see {@link OfficialCount})
 */
public record Outcome(boolean won, long receiverVotes, long margin, Long giverVotes, String basis) {

    public String label() {
        return won ? "won" : "lost";
    }

    /**
     * Whether the giver's votes could have decided the seat: the winner's margin was no larger than the
     * votes the giver still took (had they gone the other way).
     */
    public boolean giverCouldDecide() {
        return giverVotes != null && Math.abs(margin) <= giverVotes;
    }
}
