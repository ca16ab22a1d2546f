package org.allianceexplorer.domain.edit;

/** Why a value cannot be saved: the field it concerns ({@code null}: the record as a whole) and the message. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field == null ? message : field + ": " + message;
    }
}
