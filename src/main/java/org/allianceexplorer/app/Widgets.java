package org.allianceexplorer.app;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small controls the screens build alike: one home for how they look and read. */
public final class Widgets {

    private Widgets() {}

    /** A combo box whose {@code null} value reads {@code all} ("All parties"), on its button and in its list. */
    public static <T> ComboBox<T> nullable(String all, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setPromptText(all);
        box.setButtonCell(cell(all, text));
        box.setCellFactory(v -> cell(all, text));
        return box;
    }

    private static <T> ListCell<T> cell(String all, Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? all : text.apply(item));
            }
        };
    }

    /** A converter for a list of choices: each named by {@code name}, {@code null} as nothing; nothing is typed in. */
    public static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A button that is only an icon, with {@code tip} as its tooltip and {@code id} as its id. */
    public static Button iconButton(String icon, String tip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /** A colour as party colours are stored and CSS takes it: {@code #RRGGBB}. */
    public static String hex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02X%02X%02X",
                (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
