package org.allianceexplorer.data.imports.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.allianceexplorer.io.CsvReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an .xlsx workbook, read with Apache POI's streaming (SAX) reader: rows are handed on as the
 * sheet's XML is parsed, so memory does not grow with the sheet (docs/decisions/0006-xlsx-reader.md).
 * Cells are read as displayed ({@link DataFormatter}): a number formatted "General" is {@code 61944}; a
 * formula's cached value is read, never evaluated. POI refuses zip bombs itself (inflate ratio, entry size).
 */
final class XlsxInput extends TableInput {

    static {
        // POI logs through log4j-api; without a logging back end it would print a warning to stderr
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty(
                    "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.StatusLogger.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private final String sheet;
    private String sheetName;

    XlsxInput(Path file, String sheet, CsvReader.Limits limits) {
        super(file, limits);
        this.sheet = sheet;
    }

    @Override
    String note() {
        return sheetName == null ? null : "read sheet '" + sheetName + "'";
    }

    /** Stops the SAX parse when the handler wants no more rows. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Carries an IOException out of the SAX callbacks. */
    private static final class Carried extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Carried(IOException e) {
            super(e);
        }
    }

    @Override
    void read(RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    names.add(name);
                    if (sheet != null && !sheet.equalsIgnoreCase(name)) {
                        continue;
                    }
                    sheetName = name;
                    parse(in, strings, reader, handler);
                    return;
                }
            }
            throw new InputException(
                    0,
                    0,
                    sheet == null
                            ? "the workbook has no sheet"
                            : "the workbook has no sheet '" + sheet + "' (it has: " + String.join(", ", names) + ")");
        } catch (OpenXML4JException | SAXException | org.apache.poi.ooxml.POIXMLException e) {
            throw new InputException(0, 0, "cannot read the workbook: " + oneLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new InputException(0, 0, "not an .xlsx workbook: " + oneLine(e.getMessage()));
        } catch (org.apache.poi.util.RecordFormatException e) {
            throw new InputException(0, 0, "the workbook is damaged: " + oneLine(e.getMessage()));
        }
    }

    private void parse(InputStream in, ReadOnlySharedStringsTable strings, XSSFReader reader, RowHandler handler)
            throws IOException {
        Collector collector = new Collector(handler);
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(
                    reader.getStylesTable(), null, strings, collector, new DataFormatter(Locale.ROOT), false));
            xml.parse(new InputSource(in));
        } catch (Stop e) {
            // the handler wanted no more rows
        } catch (Carried e) {
            throw (IOException) e.getCause();
        } catch (SAXException | ParserConfigurationException e) {
            throw new InputException(collector.line, 0, "cannot read the sheet: " + oneLine(e.getMessage()));
        } catch (OpenXML4JException e) {
            throw new InputException(0, 0, "cannot read the workbook: " + oneLine(e.getMessage()));
        }
    }

    /** Gathers a row's cells (the sheet may leave empty ones out) and hands the row on. */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private final List<CsvReader.CellProblem> problems = new ArrayList<>();
        long line;
        private long lastLine;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            line = rowNum + 1L;
            cells.clear();
            problems.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                // rows the sheet leaves out are blank lines
                for (long l = lastLine + 1; l < line; l++) {
                    List<String> blank = new ArrayList<>();
                    blank.add(null);
                    if (!handler.row(new CsvReader.Row(l, blank, List.of()))) {
                        throw new Stop();
                    }
                }
                lastLine = line;
                if (cells.isEmpty()) {
                    cells.add(null);
                }
                if (!handler.row(new CsvReader.Row(line, new ArrayList<>(cells), new ArrayList<>(problems)))) {
                    throw new Stop();
                }
            } catch (IOException e) {
                throw new Carried(e);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            if (col >= limits.maxColumns()) {
                if (problems.isEmpty()) {
                    problems.add(new CsvReader.CellProblem(
                            col + 1, "more than " + limits.maxColumns() + " cells in one row"));
                }
                return;
            }
            while (cells.size() < col) {
                cells.add(null);
            }
            if (value != null && value.length() > limits.maxCellChars()) {
                problems.add(new CsvReader.CellProblem(
                        col + 1,
                        String.format(Locale.ROOT, "the cell is longer than %,d characters", limits.maxCellChars())));
                value = null;
            }
            cells.add(value == null || value.isEmpty() ? null : value);
        }
    }
}
