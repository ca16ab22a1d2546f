package org.allianceexplorer.importer;

import java.util.List;
import org.allianceexplorer.data.imports.results.ResultsMapping;

/**
 * What a column of a results file is to the import: a mapping key of docs/data-format.md ("Results mapping"), or
 * not read. The block roles are the wide layout's: a block is named by its party column, and its candidate and
 * votes columns are found beside it by the mapping's patterns.
 */
public enum Role {
    NONE(null, "\u2014 not read"),
    SEAT("seat", "Seat code"),
    SEAT_NAME("seat_name", "Seat name"),
    PROVINCE("province", "Province / state"),
    CANDIDATE("candidate", "Candidate"),
    PARTY("party", "Party label"),
    VOTES("votes", "Votes"),
    RANK("rank", "Rank"),
    ELECTED("elected", "Elected"),
    UNCONTESTED("uncontested", "Uncontested"),
    BLOCK_PARTY("block_party", "Block: party"),
    BLOCK_CANDIDATE("block_candidate", "Block: candidate"),
    BLOCK_VOTES("block_votes", "Block: votes");

    private final String key;
    private final String text;

    Role(String key, String text) {
        this.key = key;
        this.text = text;
    }

    /** The mapping key (seat, votes ...), or null. */
    public String key() {
        return key;
    }

    /** True for a column the import cannot do without in this layout. */
    public boolean required(ResultsMapping.Layout layout) {
        return this == SEAT
                || (layout == ResultsMapping.Layout.LONG && (this == CANDIDATE || this == PARTY || this == VOTES));
    }

    /** True for the block columns found beside a block's party column (not chosen by themselves). */
    public boolean derived() {
        return this == BLOCK_CANDIDATE || this == BLOCK_VOTES;
    }

    /** The roles a column may be given in a layout. */
    public static List<Role> choices(ResultsMapping.Layout layout) {
        return layout == ResultsMapping.Layout.WIDE
                ? List.of(NONE, SEAT, SEAT_NAME, PROVINCE, UNCONTESTED, BLOCK_PARTY)
                : List.of(NONE, SEAT, SEAT_NAME, PROVINCE, CANDIDATE, PARTY, VOTES, RANK, ELECTED);
    }

    /** The role of a mapping key as {@code ResultsPreview} names it; NONE for null. */
    public static Role ofKey(String key) {
        for (Role r : values()) {
            if (r.key != null && r.key.equals(key)) {
                return r;
            }
        }
        return NONE;
    }

    @Override
    public String toString() {
        return ImportWizardViewModel.own("role." + name(), text);
    }
}
