package org.allianceexplorer.domain;

/**
 * A dated relation between two parties. Rivalry and cooperation are symmetric; the lineage kinds are
 * directed from the newer party (a) to the older one (b): a split from b, a merged into b, b renamed a.
 */
public enum RelationKind implements Coded {
    RIVALRY,
    COOPERATION,
    SPLIT,
    MERGER,
    RENAMED;

    public boolean isLineage() {
        return this == SPLIT || this == MERGER || this == RENAMED;
    }

    /** How the relation reads from a to b, e.g. "split from". */
    public String phrase() {
        return switch (this) {
            case RIVALRY -> "rival of";
            case COOPERATION -> "cooperates with";
            case SPLIT -> "split from";
            case MERGER -> "merged into";
            case RENAMED -> "renamed from";
        };
    }

    /** How the relation reads from b to a: MQM "splinter party:" MQM-P. */
    public String reversePhrase() {
        return switch (this) {
            case RIVALRY -> "rival of";
            case COOPERATION -> "cooperates with";
            case SPLIT -> "splinter party:";
            case MERGER -> "absorbed";
            case RENAMED -> "renamed to";
        };
    }
}
