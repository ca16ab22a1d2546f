package org.allianceexplorer.parties;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;

/** The parties table: colour swatch, abbreviation, name, native-script name (right to left), dates. */
public final class PartiesView extends StackPane {

    public PartiesView(PartiesViewModel model) {
        setId("parties-view");
        TableView<Party> table = new TableView<>(model.parties());
        table.setId("parties-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Party, String> colour = column("", 36, Party::colour);
        colour.setSortable(false);
        colour.setCellFactory(c -> new SwatchCell());
        TableColumn<Party, String> abbr = column("Party", 90, Party::abbreviation);
        TableColumn<Party, String> name = column("Name", 300, Party::name);
        TableColumn<Party, String> nativeName = column("Native name", 220, Party::nativeName);
        nativeName.setCellFactory(c -> new RightToLeftCell());
        TableColumn<Party, String> founded = column("Founded", 110, p -> display(p.founded()));
        TableColumn<Party, String> dissolved = column("Dissolved", 110, p -> display(p.dissolved()));
        TableColumn<Party, String> pf = column("Party Facts", 100,
                p -> p.partyFactsId() == null ? "" : p.partyFactsId().toString());
        table.getColumns().addAll(java.util.List.of(colour, abbr, name, nativeName, founded, dissolved, pf));
        getChildren().add(table);
    }

    private static String display(PartialDate d) {
        return d == null ? "" : d.display();
    }

    private static TableColumn<Party, String> column(String title, double width,
                                                     java.util.function.Function<Party, String> value) {
        TableColumn<Party, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    /** Shows a party's colour (data, not style) as a small square. */
    private static final class SwatchCell extends TableCell<Party, String> {
        private final Rectangle swatch = new Rectangle(14, 14);

        SwatchCell() {
            swatch.getStyleClass().add("party-swatch");
        }

        @Override
        protected void updateItem(String colour, boolean empty) {
            super.updateItem(colour, empty);
            if (empty || colour == null) {
                setGraphic(null);
            } else {
                swatch.setFill(Color.web(colour));
                setGraphic(swatch);
            }
        }
    }

    /** Urdu and other right-to-left scripts, laid out right to left. */
    private static final class RightToLeftCell extends TableCell<Party, String> {
        RightToLeftCell() {
            setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            getStyleClass().add("native-name");
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
    }
}
