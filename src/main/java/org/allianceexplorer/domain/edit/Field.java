package org.allianceexplorer.domain.edit;

import java.util.List;

/**
 * One editable field of a kind of record: its name (the stored column), the label a form shows, its type,
 * whether it must be given, the kind a link field points to and the values a choice allows.
 */
public record Field(String name, String label, Type type, boolean required, EditKind ref, List<String> choices) {

    /** What a field holds; every value travels as text and is checked and normalised by {@link FieldRules}. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A partial date: {@code 2024}, {@code 2024-02} or {@code 2024-02-14}. */
        DATE,
        /** A whole number (the field's rule says from which minimum). */
        INTEGER,
        /** A decimal number. */
        DECIMAL,
        /** {@code #RRGGBB}. */
        COLOUR,
        /** {@code yes}/{@code no}, stored as 1/0. */
        FLAG,
        /** One of {@link Field#choices()}. */
        CHOICE,
        /** The id of a record of {@link Field#ref()}. */
        LINK,
        /** Ids of records of {@link Field#ref()}, separated by {@code ;} (an event's parties and people). */
        LINKS
    }

    public Field {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static Field text(String name, String label) {
        return new Field(name, label, Type.TEXT, false, null, null);
    }

    static Field of(String name, String label, Type type) {
        return new Field(name, label, type, false, null, null);
    }

    static Field link(String name, String label, EditKind ref) {
        return new Field(name, label, Type.LINK, false, ref, null);
    }

    static Field links(String name, String label, EditKind ref) {
        return new Field(name, label, Type.LINKS, false, ref, null);
    }

    static Field choice(String name, String label, List<String> choices) {
        return new Field(name, label, Type.CHOICE, true, null, choices);
    }

    Field must() {
        return new Field(name, label, type, true, ref, choices);
    }
}
