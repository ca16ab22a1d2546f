package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Urdu names with a bracketed suffix read right in the Parties table and the detail pane header (issue 9,
 * defect 11): the cell and the header are laid out right to left in the Naskh face, and what is drawn has
 * "(ف)" at the left end of the name (where a right-to-left name ends), its brackets facing each other.
 * Where the brackets are drawn is found by matching the bracket glyphs in a snapshot.
 */
class NativeTextUiTest extends WindowTest {

    private static final String JUI_F = "جمیعت علماءِ اسلام (ف)";

    @Test
    void aBracketedSuffixIsDrawnAtTheLeftEndFacingInwardsInTheTableAndTheHeader(FxRobot robot) throws Exception {
        TableView<Party> table = robot.lookup("#parties-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        Party juiF = table.getItems().stream()
                .filter(p -> p.abbreviation().equals("JUI-F"))
                .findFirst()
                .orElseThrow();
        assertThat(juiF.nativeName()).isEqualTo(JUI_F);
        robot.interact(() -> table.scrollTo(juiF));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableCell<Party, ?> cell = robot.lookup(".native-text").queryAllAs(TableCell.class).stream()
                .filter(c -> JUI_F.equals(text(c)))
                .findFirst()
                .orElseThrow();
        assertThat(cell.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(cell.getText()).isEqualTo(NativeText.display(JUI_F));
        assertThat(cell.getFont().getFamily()).isEqualTo("Noto Naskh Arabic");
        assertBracketsAtTheLeftEnd(robot, cell);

        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> window.state().navigation().go(new RecordRef(RecordKind.PARTIES, juiF.id(), "JUI-F")));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#detail-native").tryQuery().isPresent());
        Label header = robot.lookup("#detail-native").queryAs(Label.class);
        assertThat(header.getText()).isEqualTo(NativeText.display(JUI_F));
        assertThat(header.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertBracketsAtTheLeftEnd(robot, header);
    }

    private static String text(TableCell<?, ?> c) {
        return c.getTableRow() == null || c.getTableRow().getItem() == null
                ? null
                : ((Party) c.getTableRow().getItem()).nativeName();
    }

    /** The ink of the node as shown, where "(" and ")" are, and the extent of all ink. */
    private static void assertBracketsAtTheLeftEnd(FxRobot robot, Labeled node) {
        double[][][] ink = new double[3][][];
        robot.interact(() -> {
            Scene scene = node.getScene();
            double[][] all = ink(scene.getRoot().snapshot(null, null));
            Bounds b = node.localToScene(node.getBoundsInLocal());
            double[][] a = new double[(int) b.getHeight()][(int) b.getWidth()];
            for (int y = 0; y < a.length; y++) {
                for (int x = 0; x < a[0].length; x++) {
                    a[y][x] = all[(int) b.getMinY() + y][(int) b.getMinX() + x];
                }
            }
            ink[0] = a;
            ink[1] = glyph("(", node.getFont());
            ink[2] = glyph(")", node.getFont());
        });
        double[][] a = ink[0];
        int[] extent = extent(a);
        int open = find(a, ink[1]);
        int close = find(a, ink[2]);
        assertThat(open).as("'(' is drawn").isGreaterThanOrEqualTo(0);
        assertThat(close).as("')' is drawn").isGreaterThanOrEqualTo(0);
        assertThat(open).as("'(' left of ')', facing each other").isLessThan(close);
        double third = extent[0] + (extent[1] - extent[0]) / 3.0;
        assertThat(close)
                .as("the bracketed suffix at the left end, where the name ends")
                .isLessThan((int) third);
    }

    /** The ink of one bracket drawn alone in the node's font (the same fallback face the node uses). */
    private static double[][] glyph(String bracket, Font font) {
        Label l = new Label(bracket);
        l.setFont(font);
        l.setStyle("-fx-background-color: white; -fx-text-fill: black;");
        new Scene(new HBox(l));
        l.applyCss();
        l.resize(l.prefWidth(-1), l.prefHeight(-1));
        return crop(ink(l.snapshot(null, null)));
    }

    private static double[][] ink(WritableImage img) {
        PixelReader r = img.getPixelReader();
        double[][] a = new double[(int) img.getHeight()][(int) img.getWidth()];
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[0].length; x++) {
                a[y][x] = 1 - r.getColor(x, y).getBrightness();
            }
        }
        return a;
    }

    private static double[][] crop(double[][] a) {
        int x0 = a[0].length;
        int x1 = -1;
        int y0 = a.length;
        int y1 = -1;
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[0].length; x++) {
                if (a[y][x] > 0.3) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        double[][] c = new double[y1 - y0 + 1][x1 - x0 + 1];
        for (int y = y0; y <= y1; y++) {
            System.arraycopy(a[y], x0, c[y - y0], 0, x1 - x0 + 1);
        }
        return c;
    }

    private static int[] extent(double[][] a) {
        int x0 = a[0].length;
        int x1 = -1;
        for (double[] row : a) {
            for (int x = 0; x < row.length; x++) {
                if (row[x] > 0.3) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                }
            }
        }
        return new int[] {x0, x1};
    }

    /** The x where the template matches best, or -1 when it matches nowhere well. */
    private static int find(double[][] img, double[][] t) {
        double ink = 0;
        for (double[] row : t) {
            for (double v : row) {
                ink += v * v;
            }
        }
        int bestX = -1;
        double best = ink * 0.6;
        for (int x = 0; x + t[0].length <= img[0].length; x++) {
            for (int y = 0; y + t.length <= img.length; y++) {
                double e = 0;
                for (int i = 0; i < t.length && e < best; i++) {
                    for (int j = 0; j < t[0].length; j++) {
                        double d = img[y + i][x + j] - t[i][j];
                        e += d * d;
                    }
                }
                if (e < best) {
                    best = e;
                    bestX = x;
                }
            }
        }
        return bestX;
    }

    /** The label's orientation and face follow the name's script, also when a label is reused for another. */
    @Test
    void aLabelFollowsTheScriptOfItsName(FxRobot robot) {
        robot.interact(() -> {
            Label label = new Label();
            NativeText.orient(label, "جمیعت علماءِ اسلام (ف)");
            assertThat(label.getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
            assertThat(label.getStyleClass()).containsOnlyOnce(NativeText.STYLE_CLASS);
            NativeText.orient(label, "Bündnis 90 / Die Grünen");
            assertThat(label.getNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
            assertThat(label.getStyleClass()).doesNotContain(NativeText.STYLE_CLASS);
        });
    }
}
