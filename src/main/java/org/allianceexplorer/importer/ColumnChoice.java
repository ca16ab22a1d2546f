package org.allianceexplorer.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A column of the chosen file, a value from its first row, and the role the import reads it in. */
public final class ColumnChoice {

    private final int index;
    private final String letter;
    private final String header;
    private final String sample;
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.NONE);

    public ColumnChoice(int index, String letter, String header, String sample, Role role) {
        this.index = index;
        this.letter = letter;
        this.header = header;
        this.sample = sample;
        this.role.set(role);
    }

    public int index() {
        return index;
    }

    /** The spreadsheet letter: A, B, ... */
    public String letter() {
        return letter;
    }

    public String header() {
        return header;
    }

    /** The first data row's value in this column (empty when none). */
    public String sample() {
        return sample;
    }

    /** The role; the wizard reads the file again with the new mapping whenever the user changes it. */
    public ObjectProperty<Role> roleProperty() {
        return role;
    }
}
