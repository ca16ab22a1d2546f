package org.allianceexplorer.domain;

/**
 * Points at one record: its kind and id, with a label for people (e.g. "NA-242", "MQM-P"). Two refs are
 * equal when kind and id are; the label is for display only.
 */
public record RecordRef(RecordKind kind, long id, String label) {

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordRef r && r.kind == kind && r.id == id;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(id);
    }

    @Override
    public String toString() {
        return kind.code() + " " + id + (label == null ? "" : " (" + label + ")");
    }
}
