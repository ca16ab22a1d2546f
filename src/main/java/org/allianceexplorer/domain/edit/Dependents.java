package org.allianceexplorer.domain.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What deleting a record takes with it: the records deleted with it (a membership with its alliance, a claim
 * with its deal, the citations of a deleted source), the records that lose a link to it (a deal its alliance,
 * an event one of its parties), and its own citations. A delete with dependents happens only when confirmed;
 * its own citations go with a record without asking (they are part of it, and come back with an undo).
 */
public record Dependents(
        String record, Map<EditKind, Integer> deleted, Map<EditKind, Integer> unlinked, int ownCitations) {

    public Dependents {
        deleted = Collections.unmodifiableMap(new LinkedHashMap<>(deleted));
        unlinked = Collections.unmodifiableMap(new LinkedHashMap<>(unlinked));
    }

    /** True when the delete must be confirmed: other records are deleted or changed with it. */
    public boolean needConfirmation() {
        return !deleted.isEmpty() || !unlinked.isEmpty();
    }

    /** "12 memberships, 3 citations": what is deleted with the record. */
    public String deletedText() {
        List<String> parts = new ArrayList<>();
        deleted.forEach((k, n) -> parts.add(k.plural(n)));
        return String.join(", ", parts);
    }

    /** For a dialog: "alliance PDM: deletes 12 memberships; 4 deals lose their link to it". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!deleted.isEmpty()) {
            parts.add("deletes " + deletedText() + " with it");
        }
        if (!unlinked.isEmpty()) {
            List<String> u = new ArrayList<>();
            unlinked.forEach((k, n) -> u.add(k.plural(n)));
            parts.add(String.join(", ", u) + " lose their link to it");
        }
        if (parts.isEmpty()) {
            parts.add("nothing depends on it");
        }
        return record + ": " + String.join("; ", parts);
    }
}
