package org.allianceexplorer.app;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.OptionalInt;
import javafx.collections.FXCollections;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.PageSetup;
import org.allianceexplorer.figure.Pages;
import org.jfree.fx.FXGraphics2D;

/** The desktop's side of Copy figure and Print: the scale dialog, the clipboard, the printer. */
final class FigureDesktop {

    private static final I18n.Messages T = I18n.of(FigureDesktop.class);

    /** SVG on the clipboard, for the programs that paste it as a drawing. */
    static final DataFormat SVG = dataFormat("image/svg+xml");

    private FigureDesktop() {}

    private static DataFormat dataFormat(String mime) {
        DataFormat known = DataFormat.lookupMimeType(mime);
        return known != null ? known : new DataFormat(mime);
    }

    static OptionalInt chooseScale(Window owner, double width, double height, int initial) {
        Dialog<Integer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(T.t("copy.title"));
        d.getDialogPane().setId("copy-figure");
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        ChoiceBox<Integer> scale = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        scale.setId("copy-scale");
        scale.setConverter(Widgets.names(s -> T.t(
                "copy.scale.value", s, Long.toString(Math.round(width * s)), Long.toString(Math.round(height * s)))));
        scale.setValue(Math.max(1, Math.min(4, initial)));
        HBox row = new HBox(10, new Label(T.t("copy.scale")), scale);
        d.getDialogPane().setContent(row);
        d.setResultConverter(b -> b == ok ? scale.getValue() : null);
        return d.showAndWait().map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    static void putOnClipboard(BufferedImage image, String svg) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        ClipboardContent content = new ClipboardContent();
        content.putImage(fx);
        if (svg != null) {
            content.put(SVG, svg);
        }
        Clipboard.getSystemClipboard().setContent(Map.copyOf(content));
    }

    /** Prints the pages, each laid out at the page's printable size. */
    static DialogService.Printed print(Window owner, Pages pages, PageSetup.Paper paper) {
        if (Printer.getDefaultPrinter() == null) {
            return DialogService.Printed.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return DialogService.Printed.NO_PRINTER;
        }
        Printer printer = job.getPrinter();
        job.getJobSettings().setJobName(pages.title());
        job.getJobSettings()
                .setPageLayout(
                        printer.createPageLayout(paper(paper), PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return DialogService.Printed.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        // the page's units are points (1/72 inch); the pages' are CSS pixels (1/96 inch)
        double width = layout.getPrintableWidth() * 96 / 72;
        double height = layout.getPrintableHeight() * 96 / 72;
        int count = pages.count(width, height);
        for (int i = 0; i < count; i++) {
            Canvas canvas = new Canvas(width, height);
            pages.paint(new FXGraphics2D(canvas.getGraphicsContext2D()), i, width, height, FigureStyle.print());
            canvas.getTransforms().add(new Scale(72.0 / 96, 72.0 / 96));
            if (!job.printPage(layout, canvas)) {
                job.cancelJob();
                return DialogService.Printed.CANCELLED;
            }
        }
        return job.endJob() ? DialogService.Printed.PRINTED : DialogService.Printed.CANCELLED;
    }

    private static Paper paper(PageSetup.Paper p) {
        return switch (p) {
            case A3 -> Paper.A3;
            case A5 -> Paper.A5;
            case LETTER -> Paper.NA_LETTER;
            case LEGAL -> Paper.LEGAL;
            default -> Paper.A4;
        };
    }
}
