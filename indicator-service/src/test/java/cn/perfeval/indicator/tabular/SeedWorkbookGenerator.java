package cn.perfeval.indicator.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code seed/indicators-2023.xlsx} from {@code seed/indicators-2023.csv}, laid out as a person would keep the
 * seed's indicator table in Excel: a title row above the header, level-1 and level-2 cells merged over their rows
 * (text only in the first), line breaks kept in wrapped cells, and plain percentages of 完成指标值 stored as numbers
 * with a percent format, as Excel stores what people type as {@code 105.88%}.
 *
 * <p>Regenerate from the module directory (a test guards that the committed file still matches the CSV):
 * <pre>
 * ../mvnw -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) cn.perfeval.indicator.tabular.SeedWorkbookGenerator
 * </pre>
 */
public final class SeedWorkbookGenerator {

    static final Path CSV = Path.of("src/test/resources/seed/indicators-2023.csv");
    static final Path XLSX = Path.of("src/test/resources/seed/indicators-2023.xlsx");
    static final String TITLE = "2.部门整体绩效指标";

    private static final Pattern PLAIN_PERCENT = Pattern.compile("(\\d+)(?:\\.(\\d+))?%");
    private static final int ACTUAL_COLUMN = 5;
    private static final int FIRST_DATA_ROW = 2;

    private SeedWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        try (Reader csv = Files.newBufferedReader(CSV, StandardCharsets.UTF_8);
             OutputStream out = Files.newOutputStream(XLSX)) {
            write(csv, out);
        }
        System.out.println("wrote " + XLSX.toAbsolutePath());
    }

    static void write(Reader csv, OutputStream out) throws IOException {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
            records = parser.getRecords();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("部门整体绩效指标");
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            sheet.createRow(0).createCell(0).setCellValue(TITLE);

            for (int r = 0; r < records.size(); r++) {
                CSVRecord record = records.get(r);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < record.size(); c++) {
                    String text = record.get(c);
                    if (text.isEmpty()) {
                        continue; // the inside of a merged area has no cell text
                    }
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(wrapped);
                    Matcher percent = PLAIN_PERCENT.matcher(text);
                    if (r > 0 && c == ACTUAL_COLUMN && percent.matches()) {
                        BigDecimal share = new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2);
                        cell.setCellValue(share.doubleValue());
                        int decimals = percent.group(2) == null ? 0 : percent.group(2).length();
                        cell.setCellStyle(percentStyle(workbook, decimals));
                    } else {
                        cell.setCellValue(text);
                    }
                }
            }
            mergeBlankRuns(sheet, records, 0);
            mergeBlankRuns(sheet, records, 1);
            workbook.write(out);
        }
    }

    private static CellStyle percentStyle(XSSFWorkbook workbook, int decimals) {
        CellStyle style = workbook.createCellStyle();
        String format = decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%";
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** A written cell followed by blank cells in the same column becomes one merged cell, as in the seed. */
    private static void mergeBlankRuns(Sheet sheet, List<CSVRecord> records, int column) {
        int start = -1;
        for (int r = 1; r <= records.size(); r++) {
            boolean written = r < records.size() && !records.get(r).get(column).isEmpty();
            if (r == records.size() || written) {
                if (start >= 0 && r - 1 > start) {
                    sheet.addMergedRegion(new CellRangeAddress(start + 1, r, column, column));
                }
                start = r;
            }
        }
    }
}
