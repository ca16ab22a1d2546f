package org.allianceexplorer.editing;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.Field;

/**
 * One field of a record form: what the analyst typed ({@link #textProperty()}), the record picked for a link
 * ({@link #choiceProperty()}) or the records for a list of links ({@link #chosen()}), what the picker offers
 * for the words typed in it, and what is wrong ({@link #problemProperty()}) or worth knowing (a date's
 * precision: {@link #hintProperty()}). The value the form saves is {@link #value()}: a link's id, a list's ids
 * separated by {@code ;}, a date in ISO form at its precision.
 */
public final class FieldInput {

    private static final I18n.Messages T = I18n.of(FieldInput.class);

    private final Field field;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ObservableList<Choice> chosen = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Choice> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    FieldInput(Field field) {
        this.field = field;
        choice.addListener((o, a, b) -> {
            if (field.type() == Field.Type.LINK) {
                text.set(b == null ? "" : Long.toString(b.id()));
            }
        });
        chosen.addListener((ListChangeListener<Choice>) c -> {
            if (field.type() == Field.Type.LINKS) {
                text.set(chosen.stream().map(x -> Long.toString(x.id())).collect(Collectors.joining(";")));
            }
        });
        text.addListener((o, a, b) -> describe());
    }

    public Field field() {
        return field;
    }

    /** The field's name (the stored column). */
    public String name() {
        return field.name();
    }

    /** What the form saves: the text as typed; a date read in any form {@code DateInput} takes, as ISO. */
    String value() {
        String t = text.get() == null ? "" : text.get().strip();
        if (field.type() == Field.Type.DATE && !t.isEmpty()) {
            return DateInput.parse(t, Locale.getDefault())
                    .value()
                    .map(PartialDate::iso)
                    .orElse(t);
        }
        return t;
    }

    /** True when words were typed in a link's picker but no record was picked: nothing to save yet. */
    boolean pending() {
        return field.type() == Field.Type.LINK
                && choice.get() == null
                && query.get() != null
                && !query.get().isBlank();
    }

    /** A date's precision as the analyst sees it ("day: 14 Feb 2024"), else nothing. */
    private void describe() {
        if (field.type() != Field.Type.DATE || text.get() == null || text.get().isBlank()) {
            hint.set("");
            return;
        }
        hint.set(DateInput.parse(text.get(), Locale.getDefault())
                .value()
                .map(d -> T.t(
                        "date.hint",
                        switch (d.precision()) {
                            case YEAR -> T.t("date.precision.year");
                            case MONTH -> T.t("date.precision.month");
                            case DAY -> T.t("date.precision.day");
                        },
                        d.display()))
                .orElse(""));
    }

    void setProblem(String message) {
        problem.set(message == null ? "" : message);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** A list of links' records (an event's parties or people). */
    public ObservableList<Choice> chosen() {
        return chosen;
    }

    /** The words typed in a link's picker; the view-model looks them up. */
    public StringProperty queryProperty() {
        return query;
    }

    /** What the picker offers for {@link #queryProperty()}, best first. */
    public ObservableList<Choice> suggestions() {
        return suggestions;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
