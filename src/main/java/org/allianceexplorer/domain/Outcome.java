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
 * @param giverEstimate when the giver had no candidate on the ballot: its candidate's votes in the same seat at the
 *                      previous election with results there (an estimate of the votes it could bring), else
 *                      {@code null}
 * @param estimateFrom  the election {@code giverEstimate} is from, {@code null} without an estimate
 */
public record Outcome(
        boolean won,
        long receiverVotes,
        long margin,
        Long giverVotes,
        String basis,
        Long giverEstimate,
        String estimateFrom) {

    /** An outcome without an estimate of the giver's votes. */
    public Outcome(boolean won, long receiverVotes, long margin, Long giverVotes, String basis) {
        this(won, receiverVotes, margin, giverVotes, basis, null, null);
    }

    public Outcome {
        if (giverVotes != null) {
            // the giver's own votes on the day are the measure; no estimate is needed
            giverEstimate = null;
        }
        if (giverEstimate == null) {
            estimateFrom = null;
        }
    }

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

    /**
     * The votes the giver could bring to the beneficiary: its own candidate's votes in the seat when it stayed on
     * the ballot, else its votes there at the previous election ({@link #estimated()}), else {@code null}.
     */
    public Long giverCouldBring() {
        return giverVotes != null ? giverVotes : giverEstimate;
    }

    /** Whether {@link #giverCouldBring()} is an estimate from an earlier election. */
    public boolean estimated() {
        return giverVotes == null && giverEstimate != null;
    }

    /**
     * {@code decisive}, {@code not needed} or {@code failed}, with {@code (est.)} when a win was judged by the
     * giver's votes at the previous election; {@code null} when the effect is unknown.
     */
    public String effectText() {
        DealEffect e = effect();
        return e == null ? null : e.label() + (estimated() && won ? " (est.)" : "");
    }

    /**
     * Did the deal matter: {@link DealEffect#FAILED} when the beneficiary lost; when it won,
     * {@link DealEffect#DECISIVE} if the margin was no larger than the votes the giver could bring,
     * {@link DealEffect#NOT_NEEDED} if larger; {@code null} when it won and those votes are unknown (the giver
     * was not on the ballot and did not stand in the seat at the previous election with results there).
     */
    public DealEffect effect() {
        if (!won) {
            return DealEffect.FAILED;
        }
        Long bring = giverCouldBring();
        if (bring == null) {
            return null;
        }
        return margin <= bring ? DealEffect.DECISIVE : DealEffect.NOT_NEEDED;
    }
}
