package org.allianceexplorer.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Help > User guide: {@code docs/user-guide.md} (copied into the application by the build with the pictures it
 * shows) read as CommonMark and laid out as JavaFX text: headings, paragraphs, lists, code, pictures scaled to the
 * window's width, links that open in the browser. No web engine: the guide is text the window draws itself.
 */
final class GuideView extends ScrollPane {

    /** Where the build put the guide among the application's resources. */
    static final String GUIDE = "/org/allianceexplorer/help/guide/user-guide.md";

    private static final double MAX_PICTURE_WIDTH = 860;

    private final VBox page = new VBox(10);
    private final Consumer<String> openLink;
    private final List<Heading> headings = new ArrayList<>();

    GuideView(String markdown, Consumer<String> openLink) {
        this.openLink = openLink;
        setId("user-guide");
        page.getStyleClass().add("guide-page");
        page.setPadding(new Insets(20, 28, 28, 28));
        page.setMaxWidth(920);
        setContent(page);
        setFitToWidth(true);
        Parser.builder().build().parse(markdown).accept(new Blocks(page));
    }

    /** The guide from the application's resources, or {@code null} when this build has none. */
    static String readGuide() {
        try (InputStream in = GuideView.class.getResourceAsStream(GUIDE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The headings laid out, in order (tests; a table of contents). */
    List<String> headings() {
        return headings.stream().map(GuideView::plain).toList();
    }

    private static String plain(org.commonmark.node.Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                sb.append(c.getLiteral());
            }
        });
        return sb.toString();
    }

    /** Lays the blocks of a container out into {@code into}. */
    private class Blocks extends AbstractVisitor {
        private final VBox into;

        Blocks(VBox into) {
            this.into = into;
        }

        @Override
        public void visit(Heading h) {
            headings.add(h);
            TextFlow flow = inline(h);
            flow.getStyleClass().addAll("guide-heading", "guide-h" + h.getLevel());
            into.getChildren().add(flow);
        }

        @Override
        public void visit(Paragraph p) {
            // a paragraph that is only a picture is the picture
            if (p.getFirstChild() instanceof org.commonmark.node.Image img && img.getNext() == null) {
                into.getChildren().add(picture(img));
                return;
            }
            TextFlow flow = inline(p);
            flow.getStyleClass().add("guide-paragraph");
            into.getChildren().add(flow);
        }

        @Override
        public void visit(BulletList list) {
            items(list, false, 1);
        }

        @Override
        public void visit(OrderedList list) {
            items(list, true, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
        }

        private void items(org.commonmark.node.Node list, boolean numbered, int start) {
            int n = start;
            for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    VBox body = new VBox(4);
                    item.accept(new Blocks(body) {
                        @Override
                        public void visit(ListItem li) {
                            visitChildren(li);
                        }
                    });
                    Label marker = new Label(numbered ? n + "." : "\u2022");
                    marker.getStyleClass().add("guide-marker");
                    marker.setMinWidth(22);
                    HBox row = new HBox(6, marker, body);
                    HBox.setHgrow(body, Priority.ALWAYS);
                    into.getChildren().add(row);
                    n++;
                }
            }
        }

        @Override
        public void visit(FencedCodeBlock code) {
            into.getChildren().add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            into.getChildren().add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(BlockQuote quote) {
            VBox body = new VBox(6);
            body.getStyleClass().add("guide-quote");
            quote.accept(new Blocks(body) {
                @Override
                public void visit(BlockQuote q) {
                    visitChildren(q);
                }
            });
            into.getChildren().add(body);
        }

        @Override
        public void visit(ThematicBreak br) {
            Label rule = new Label();
            rule.getStyleClass().add("guide-rule");
            rule.setMaxWidth(Double.MAX_VALUE);
            into.getChildren().add(rule);
        }
    }

    private static Node codeBlock(String text) {
        Label code = new Label(text.stripTrailing());
        code.getStyleClass().add("guide-code-block");
        code.setMaxWidth(Double.MAX_VALUE);
        code.setWrapText(true);
        return code;
    }

    private Node picture(org.commonmark.node.Image img) {
        URL url = GuideView.class.getResource("/org/allianceexplorer/help/guide/" + img.getDestination());
        if (url == null) {
            Label missing = new Label(plain(img));
            missing.getStyleClass().add("guide-caption");
            return missing;
        }
        ImageView view = new ImageView(new Image(url.toExternalForm(), true));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // as wide as the page allows, never wider than the picture was taken
        view.fitWidthProperty()
                .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.min(MAX_PICTURE_WIDTH, Math.max(200, page.getWidth() - 60)), page.widthProperty()));
        view.getStyleClass().add("guide-picture");
        Label caption = new Label(plain(img));
        caption.getStyleClass().add("guide-caption");
        caption.setWrapText(true);
        VBox box = new VBox(4, view, caption);
        box.getStyleClass().add("guide-figure");
        return box;
    }

    /** The inline content of a block as one flow of text runs and links. */
    private TextFlow inline(org.commonmark.node.Node block) {
        TextFlow flow = new TextFlow();
        block.accept(new AbstractVisitor() {
            private final List<String> styles = new ArrayList<>();

            @Override
            public void visit(org.commonmark.node.Text t) {
                Text run = new Text(t.getLiteral());
                run.getStyleClass().add("guide-text");
                run.getStyleClass().addAll(styles);
                flow.getChildren().add(run);
            }

            @Override
            public void visit(Code c) {
                Text run = new Text(c.getLiteral());
                run.getStyleClass().addAll("guide-text", "guide-code");
                flow.getChildren().add(run);
            }

            @Override
            public void visit(Emphasis e) {
                styled("guide-em", e);
            }

            @Override
            public void visit(StrongEmphasis e) {
                styled("guide-strong", e);
            }

            @Override
            public void visit(SoftLineBreak b) {
                flow.getChildren().add(new Text(" "));
            }

            @Override
            public void visit(HardLineBreak b) {
                flow.getChildren().add(new Text("\n"));
            }

            @Override
            public void visit(Link link) {
                Hyperlink h = new Hyperlink(plain(link));
                h.getStyleClass().add("guide-link");
                String to = link.getDestination();
                h.setOnAction(e -> {
                    if (to.startsWith("http://") || to.startsWith("https://")) {
                        openLink.accept(to);
                    }
                });
                flow.getChildren().add(h);
            }

            @Override
            public void visit(org.commonmark.node.Image img) {
                Text alt = new Text(plain(img));
                alt.getStyleClass().addAll("guide-text", "guide-em");
                flow.getChildren().add(alt);
            }

            private void styled(String style, org.commonmark.node.Node n) {
                styles.add(style);
                visitChildren(n);
                styles.remove(styles.size() - 1);
            }
        });
        return flow;
    }
}
