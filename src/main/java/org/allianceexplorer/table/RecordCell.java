package org.allianceexplorer.table;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.allianceexplorer.app.NativeText;
import org.allianceexplorer.app.Widgets;

/** A cell of a record table: text as the column reads it, numbers on the right, swatches, right-to-left script. */
final class RecordCell<R> extends TableCell<R, R> {

    private final RecordColumn<R> column;
    private final Region swatch;

    RecordCell(RecordColumn<R> column) {
        this.column = column;
        getStyleClass().add("record-cell");
        switch (column.kind()) {
            case NUMBER -> {
                getStyleClass().add("number-cell");
                setAlignment(Pos.CENTER_RIGHT);
            }
            case NATIVE -> {
                // the orientation follows each name's script (updateItem); "left" is the leading edge either way
                setAlignment(Pos.CENTER_LEFT);
            }
            case DATE -> getStyleClass().add("date-cell");
            case SWATCH -> {
                getStyleClass().add("swatch-cell");
                setAlignment(Pos.CENTER);
            }
            default -> {}
        }
        swatch = column.kind() == RecordColumn.Kind.SWATCH ? new Region() : null;
        if (swatch != null) {
            swatch.getStyleClass().add("party-swatch");
            swatch.setMinSize(16, 16);
            swatch.setPrefSize(16, 16);
            swatch.setMaxSize(16, 16);
        }
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (swatch != null) {
            setText(null);
            Object k = column.key(row);
            Color c = colour(k);
            swatch.pseudoClassStateChanged(PseudoClass.getPseudoClass("none"), c == null);
            // an inline style: the stylesheet's background radius makes CSS own the background, and stylesheets
            // outrank values set from code, so setBackground(...) would be painted over
            swatch.setStyle(c == null ? "" : "-fx-background-color: " + Widgets.hex(c) + ";");
            setGraphic(swatch);
            return;
        }
        setGraphic(null);
        String text = column.cellText(row);
        if (column.kind() == RecordColumn.Kind.NATIVE) {
            NativeText.orient(this, text);
        }
        setText(column.kind() == RecordColumn.Kind.NATIVE ? NativeText.display(text) : text);
    }

    /** A party's colour, or {@code null} when it has none (or it is not a colour). */
    static Color colour(Object key) {
        if (!(key instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            return Color.web(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
