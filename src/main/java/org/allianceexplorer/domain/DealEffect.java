package org.allianceexplorer.domain;

/**
 * Did a seat deal matter: the beneficiary's margin set against the votes the withdrawing party could bring
 * (see {@link Outcome#effect()}).
 */
public enum DealEffect {
    /** The beneficiary won, and by no more than the votes the withdrawing party could bring. */
    DECISIVE("decisive"),
    /** The beneficiary won by more than the votes the withdrawing party could bring. */
    NOT_NEEDED("not needed"),
    /** The beneficiary lost despite the deal. */
    FAILED("failed");

    private final String label;

    DealEffect(String label) {
        this.label = label;
    }

    /** The word used in tables, CSV and figures. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
