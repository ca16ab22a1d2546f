package org.allianceexplorer.app;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A message that wraps at the width it is given, drawn right in Urdu too: use it for any text of more than a few words
 * in place of a {@code Label} with {@code wrapText}.
 *
 * <p>JavaFX's text layout (21, measured on Linux) wraps a run of right-to-left text where it should but draws on
 * each line the glyphs of the run from that line's start to the run's end: an Urdu message of three lines showed
 * its lines half again as wide as the dialog, cut at its edge, each repeating the next (WrappedTextUiTest). A run
 * ends where a text span ends, so this flow gives every word, with the white space after it, a span of its own
 * (in the Urdu window, or where the text has right-to-left letters; other text is one span, as a label's);
 * the flow still orders the words of a line right to left, and Latin names and numbers among them as they should.
 *
 * <p>Each word's {@link Text} carries the flow's style classes, so a rule written for the message applies to its
 * words ({@code -fx-fill} colours them, as {@code -fx-text-fill} does a label's text; AtlantaFX's
 * {@code text-muted} does both).
 */
public final class WrappedText extends TextFlow {

    /** The flow's own style class (not given to its words). */
    public static final String STYLE_CLASS = "wrapped-text";

    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    public WrappedText() {
        this("");
    }

    public WrappedText(String text) {
        getStyleClass().add(STYLE_CLASS);
        // as a label: no taller than its lines (centred where a label would be, not stretched over a table)
        setMaxHeight(Region.USE_PREF_SIZE);
        setText(text);
        spans();
        this.text.addListener((o, was, now) -> spans());
        getStyleClass().addListener((ListChangeListener<String>) c -> {
            List<String> classes = wordClasses();
            getChildren().forEach(n -> n.getStyleClass().setAll(classes));
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    /**
     * As wide as the text on one line, but no wider than a maximum width given (then it wraps): as a label with
     * {@code wrapText} and a {@code maxWidth}, also where the parent sizes it to its preferred width (a tooltip).
     */
    @Override
    protected double computePrefWidth(double height) {
        double pref = super.computePrefWidth(height);
        double max = getMaxWidth();
        return max > 0 ? Math.min(pref, max) : pref;
    }

    /** The height of its lines at {@code width}, or without one (a label sizing its graphic) at its preferred width. */
    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
    }

    /** True when the text has a letter of a right-to-left script anywhere. */
    static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** The text cut into words, each with the white space after it (a line break included), in order. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            // the word, then the white space after it
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            out.add(text.substring(start, i));
            start = i;
        }
        return out;
    }

    /**
     * {@code text} as spans of a {@link TextFlow} of one's own, a word a span (with the white space after it), each
     * with {@code styleClasses}: for text that wraps among other spans (a link, a bold name).
     */
    public static List<Text> spans(String text, String... styleClasses) {
        return spans(text, List.of(styleClasses));
    }

    private static List<Text> spans(String text, List<String> styleClasses) {
        List<Text> spans = new ArrayList<>();
        // left-to-right text in a left-to-right window wraps right as one span: no more nodes than a label's
        List<String> pieces = I18n.rightToLeft() || hasRightToLeft(text) ? words(text) : List.of(text);
        for (String w : pieces) {
            if (w.isEmpty()) {
                continue;
            }
            Text t = new Text(w);
            t.getStyleClass().setAll(styleClasses);
            spans.add(t);
        }
        return spans;
    }

    private void spans() {
        getChildren().setAll(spans(getText(), wordClasses()));
    }

    private List<String> wordClasses() {
        return getStyleClass().stream().filter(c -> !STYLE_CLASS.equals(c)).toList();
    }
}
