package org.allianceexplorer.app;

import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.allianceexplorer.app.DialogService.ServerLogin;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.ServerAddress;

/**
 * File > Connect to server…: host, port, database, user and TLS mode of a team database on PostgreSQL, and a
 * password field that may stay empty (then ~/.pgpass or PGPASSWORD is read, as by the command line). What is not
 * an address (no user, a port out of range) is said under the fields and the dialog stays open. The password is
 * never kept: it goes to the connection and is cleared.
 */
final class ConnectDialog {

    private static final I18n.Messages T = I18n.of(ConnectDialog.class);
    /** TLS as PostgreSQL names it; "prefer" (its default) first. */
    static final List<String> SSL_MODES = List.of("prefer", "require", "verify-ca", "verify-full", "disable", "allow");

    private ConnectDialog() {}

    static Optional<ServerLogin> show(Window owner, ServerAddress last) {
        Dialog<ServerLogin> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(T.t("connect.title"));
        d.setHeaderText(T.t("connect.header"));
        d.getDialogPane().setId("connect-dialog");
        ButtonType connect = new ButtonType(T.t("connect.button"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(connect, DialogButtons.cancel());

        TextField host = field("connect-host", last == null ? "localhost" : last.host());
        TextField port =
                field("connect-port", Integer.toString(last == null ? ServerAddress.DEFAULT_PORT : last.port()));
        port.setPrefColumnCount(6);
        TextField database = field("connect-database", last == null ? "" : last.database());
        TextField user = field("connect-user", last == null ? System.getProperty("user.name", "") : last.user());
        ChoiceBox<String> ssl = new ChoiceBox<>();
        ssl.setId("connect-sslmode");
        ssl.getItems().setAll(SSL_MODES);
        ssl.setValue(last == null || last.sslmode() == null ? "prefer" : last.sslmode());
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.setPromptText(T.t("connect.password.prompt"));
        WrappedText problem = new WrappedText();
        problem.setId("connect-problem");
        problem.getStyleClass().add("form-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(T.t("connect.host")), host, new Label(T.t("connect.port")), port);
        grid.addRow(1, new Label(T.t("connect.database")), database);
        grid.addRow(2, new Label(T.t("connect.user")), user);
        grid.addRow(3, new Label(T.t("connect.password")), password);
        grid.addRow(4, new Label(T.t("connect.sslmode")), ssl);
        GridPane.setColumnSpan(database, 3);
        GridPane.setColumnSpan(user, 3);
        GridPane.setColumnSpan(password, 3);
        // its lines are the message's own, not wrapped: JavaFX wraps mixed Urdu and Latin text badly (lines clipped)
        Label hint = new Label(T.t("connect.hint"));
        hint.setId("connect-hint");
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.getDialogPane().setContent(new VBox(10, grid, hint, problem));

        ServerAddress[] chosen = {null};
        d.getDialogPane().lookupButton(connect).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                chosen[0] = address(host.getText(), port.getText(), database.getText(), user.getText(), ssl.getValue());
                problem.setText("");
            } catch (DatabaseException x) {
                problem.setText(x.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == connect && chosen[0] != null
                ? new ServerLogin(
                        chosen[0],
                        password.getText().isEmpty() ? null : password.getText().toCharArray())
                : null);
        Optional<ServerLogin> out = d.showAndWait();
        password.clear();
        return out;
    }

    /** The address the fields name; what is missing or wrong is a one-line message. */
    static ServerAddress address(String host, String port, String database, String user, String sslmode) {
        if (host.isBlank()) {
            throw new DatabaseException(T.t("connect.problem.host"));
        }
        if (database.isBlank()) {
            throw new DatabaseException(T.t("connect.problem.database"));
        }
        int p;
        try {
            p = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new DatabaseException(T.t("connect.problem.port", port.strip()));
        }
        return new ServerAddress(
                user.strip(), host.strip(), p, database.strip(), "prefer".equals(sslmode) ? null : sslmode);
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(22);
        return f;
    }
}
