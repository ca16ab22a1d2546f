package org.allianceexplorer.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One party label the file uses that no party or alias answers to, and what the user makes of it: an alias of
 * an existing party, a new party, no party (an independent), or nothing yet (then the import cannot run).
 */
public final class LabelChoice {

    /** What becomes of the label. */
    public enum Action {
        LEAVE("Leave unresolved"),
        ALIAS("Alias of a party"),
        NEW_PARTY("New party"),
        NO_PARTY("No party (independent)");

        private final String text;

        Action(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return ImportWizardViewModel.own("action." + name(), text);
        }
    }

    private final String label;
    private final long count;
    private final String where;
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>(this, "action", Action.LEAVE);
    private final StringProperty party = new SimpleStringProperty(this, "party", "");
    private final StringProperty abbreviation = new SimpleStringProperty(this, "abbreviation", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty colour = new SimpleStringProperty(this, "colour", "");

    public LabelChoice(String label, long count, String where) {
        this.label = label;
        this.count = count;
        this.where = where;
        abbreviation.set(label);
    }

    public String label() {
        return label;
    }

    /** How many results print the label. */
    public long count() {
        return count;
    }

    /** Where the label is first: "file line 12, column D (party)". */
    public String where() {
        return where;
    }

    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    /** For {@link Action#ALIAS}: the abbreviation of the party the label means. */
    public StringProperty partyProperty() {
        return party;
    }

    /** For {@link Action#NEW_PARTY}: the new party's abbreviation (the label, to start with), name and colour. */
    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** {@code #RRGGBB}, or empty for none. */
    public StringProperty colourProperty() {
        return colour;
    }

    /** True when the choice says what the label means and says it completely. */
    public boolean resolved() {
        return switch (action.get()) {
            case LEAVE -> false;
            case ALIAS -> !party.get().isBlank();
            case NEW_PARTY -> !abbreviation.get().isBlank() && !name.get().isBlank();
            case NO_PARTY -> true;
        };
    }
}
