package cn.perfeval.indicator.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an XLSX upload row by row with POI's SAX event API, so a sheet is never held as an object model.
 *
 * <p>Before POI sees the bytes, the ZIP is walked once and its inflated size and entry count are bounded
 * ({@link ImportLimits}): that stops zip bombs without changing POI's process-wide {@code ZipSecureFile}/{@code
 * IOUtils} settings, which other code in the service may rely on. Cells are read as Excel displays them
 * ({@link DataFormatter}), so a number formatted as a percentage reads {@code 105.88%}.
 */
final class XlsxTableSource {

    private final ImportLimits limits;

    XlsxTableSource(ImportLimits limits) {
        this.limits = limits;
    }

    void read(byte[] content, RowSink sink) {
        checkArchive(content);
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw TableRejectedException.notATable("the workbook cannot be opened (" + e.getMessage() + ")");
        }
        try {
            readSheets(workbook, sink);
        } catch (TableRejectedException e) {
            throw e;
        } catch (Exception e) {
            TableRejectedException cause = rejectionIn(e);
            if (cause != null) {
                throw cause;
            }
            throw TableRejectedException.notATable("the workbook cannot be read (" + e + ")");
        } finally {
            workbook.revert();
        }
    }

    private void readSheets(OPCPackage workbook, RowSink sink) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        StylesTable styles = reader.getStylesTable();
        if (styles == null) {
            styles = new StylesTable(); // a workbook without styles.xml is valid; the handler needs a table
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                sink.startSheet(name);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
                        new RowCollector(name, sink), formatter, false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (SAXException e) {
                    if (!(e.getException() instanceof SkipSheet) && !(e.getCause() instanceof SkipSheet)) {
                        throw e;
                    }
                } catch (SkipSheet e) {
                    // the sink has no use for the rest of this sheet
                }
            }
        }
    }

    /** Walks the ZIP once, inflating into nothing, to bound what POI will later hold in memory. */
    private void checkArchive(byte[] content) {
        long inflated = 0;
        int entries = 0;
        boolean workbookPart = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw new TableRejectedException("the workbook has more than " + limits.maxZipEntries() + " parts");
                }
                workbookPart |= entry.getName().startsWith("xl/");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > limits.maxUncompressedBytes()) {
                        throw new TableRejectedException("the workbook inflates to more than "
                                + (limits.maxUncompressedBytes() >> 20) + " MiB");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw TableRejectedException.notATable("a damaged ZIP/XLSX file (" + e.getMessage() + ")");
        }
        if (!workbookPart) {
            throw TableRejectedException.notATable("a ZIP archive without a workbook in it");
        }
    }

    /** SAX and POI wrap exceptions thrown from our handler; find a rejection anywhere in the chain. */
    private static TableRejectedException rejectionIn(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof SAXException sax && sax.getException() != null
                ? sax.getException() : t.getCause()) {
            if (t instanceof TableRejectedException rejection) {
                return rejection;
            }
        }
        return null;
    }

    /** Assembles a row's cells by column letter; absent cells (sparse rows, merged areas) are blank. */
    private final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String sheet;
        private final RowSink sink;
        private List<String> cells = new ArrayList<>();

        RowCollector(String sheet, RowSink sink) {
            this.sheet = sheet;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            if (column >= limits.maxColumns()) {
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (!sink.row(new RawRow(sheet, rowNum + 1, List.copyOf(cells)))) {
                throw new SkipSheet();
            }
        }
    }

    /** Unwinds the SAX parse of one sheet. */
    private static final class SkipSheet extends RuntimeException {
        SkipSheet() {
            super(null, null, false, false);
        }
    }
}
