package org.allianceexplorer.app;

import java.time.LocalDate;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.event.EventDispatcher;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.PartialDate;

/**
 * The one date field of the window (toolbar as-of date, timeline's "Go to date"): a {@link DatePicker}
 * that shows ISO dates and takes what people type ({@link DateInput}: ISO, the locale's order, month
 * names, a month or a year). A text it cannot read is kept for correcting, marked, and explained in a
 * message under the field; it never silently clears. A month or year typed where a day is needed is
 * read as its first or last day ({@link Partial}), and the field then shows the day it chose.
 */
public class DateField extends DatePicker {

    /** How a month or a year typed into the field becomes the day of {@link #valueProperty()}. */
    public enum Partial {
        /** The first day: 2024-02 is 2024-02-01 (a place to go to). */
        FIRST_DAY,
        /** The last day: 2024-02 is 2024-02-29 (the state at the end of that month). */
        LAST_DAY
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("danger");

    private final Partial partial;
    private final Locale locale;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObjectProperty<PartialDate> typed = new SimpleObjectProperty<>(this, "typed");
    private final Tooltip errorTip = new Tooltip();
    private final PauseTransition hideLater = new PauseTransition(Duration.seconds(8));

    public DateField(Partial partial) {
        this(partial, Locale.getDefault(Locale.Category.FORMAT));
    }

    public DateField(Partial partial, Locale locale) {
        this.partial = partial;
        this.locale = locale;
        getStyleClass().add("date-field");
        setEditable(true);
        setPromptText("YYYY-MM-DD");
        errorTip.getStyleClass().add("date-field-error");
        // the message wraps as WrappedText (a tooltip's own label draws wrapped Urdu wrong)
        WrappedText message = new WrappedText();
        message.textProperty().bind(errorTip.textProperty());
        message.setMaxWidth(360);
        message.getStyleClass().add("date-field-error-text");
        if (I18n.rightToLeft()) {
            // a tooltip's window does not take the window's right-to-left layout
            message.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        errorTip.setGraphic(message);
        errorTip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        hideLater.setOnFinished(e -> errorTip.hide());
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return DateInput.format(d);
            }

            @Override
            public LocalDate fromString(String text) {
                // called when the text is committed (Enter, focus leaves): never throws, never clears
                return read(text);
            }
        });
        // typing clears the message; the picker putting back the last good date after a bad one does not
        getEditor().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!"\r".equals(e.getCharacter()) && !"\n".equals(e.getCharacter())) {
                clearError(); // Enter types a character too, right after it showed the message
            }
        });
        valueProperty().addListener((o, a, b) -> {
            if (b != null && (typed.get() == null || !b.equals(day(typed.get())))) {
                typed.set(PartialDate.of(b));
            } else if (b == null) {
                typed.set(null);
            }
        });
        // Enter on a text that is not a date: say so and keep the text, rather than let the picker revert it.
        // The picker's skin commits on the release of Enter, in its own filter on this node (which a consumed
        // event still reaches); so both the press and the release are stopped before this node dispatches them.
        EventDispatcher own = getEventDispatcher();
        setEventDispatcher((event, tail) -> {
            if (event instanceof KeyEvent k
                    && k.getCode() == KeyCode.ENTER
                    && !getEditor().getText().isBlank()
                    && (k.getEventType() == KeyEvent.KEY_PRESSED || k.getEventType() == KeyEvent.KEY_RELEASED)) {
                DateInput.Result r = DateInput.parse(getEditor().getText(), locale);
                if (!r.ok()) {
                    if (k.getEventType() == KeyEvent.KEY_PRESSED) {
                        showError(DateText.problem(r));
                    }
                    return null;
                }
            }
            return own.dispatchEvent(event, tail);
        });
        // the picker's skin commits on Enter's release, in a filter on the picker (which holds the focus), and then
        // writes its last good date over the text: not for such a text (this filter runs first: the skin comes later)
        addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() != KeyCode.ENTER || getEditor().getText().isBlank()) {
                return;
            }
            DateInput.Result r = DateInput.parse(getEditor().getText(), locale);
            if (!r.ok()) {
                showError(DateText.problem(r));
                e.consume();
            }
        });
    }

    /** The message about the last text that could not be read, empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The date as typed, at its precision (a month stays a month); {@code null} when empty. */
    public ObjectProperty<PartialDate> typedProperty() {
        return typed;
    }

    /**
     * Reads a text as the field does when it is committed: the day it means, {@code null} for an empty
     * text, or the current value (unchanged) with a message when the text is not a date.
     */
    public LocalDate read(String text) {
        if (text == null || text.isBlank()) {
            clearError();
            typed.set(null);
            return null;
        }
        DateInput.Result r = DateInput.parse(text, locale);
        if (!r.ok()) {
            showError(DateText.problem(r));
            return getValue();
        }
        clearError();
        typed.set(r.date());
        return day(r.date());
    }

    private LocalDate day(PartialDate d) {
        return partial == Partial.FIRST_DAY ? d.earliest() : d.latest();
    }

    private void showError(String message) {
        error.set(message);
        pseudoClassStateChanged(INVALID, true);
        getEditor().pseudoClassStateChanged(INVALID, true);
        errorTip.setText(message);
        if (getScene() != null
                && getScene().getWindow() != null
                && getScene().getWindow().isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            if (b != null) {
                errorTip.show(this, b.getMinX(), b.getMaxY() + 2);
                if (getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) {
                    // under the field's right edge, where a right-to-left reader's eye is
                    errorTip.setX(b.getMaxX() - errorTip.getWidth());
                }
                hideLater.playFromStart();
            }
        }
    }

    private void clearError() {
        if (!error.get().isEmpty()) {
            error.set("");
            pseudoClassStateChanged(INVALID, false);
            getEditor().pseudoClassStateChanged(INVALID, false);
            errorTip.hide();
        }
    }
}
