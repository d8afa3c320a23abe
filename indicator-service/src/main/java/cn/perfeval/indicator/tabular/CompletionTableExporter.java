package cn.perfeval.indicator.tabular;

import cn.perfeval.platform.text.SpreadsheetCells;
import cn.perfeval.indicator.domain.IndicatorCategory;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report's 表1 (产出指标完成情况) and 表2 (效益指标完成情况: 效益 and 满意度) as an XLSX in the seed's
 * layout: a title row, the header 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 完成指标值 | 完成情况（%）, and repeated
 * level-1 and level-2 cells merged vertically. One sheet per table, so the file re-imports with
 * {@link IndicatorTableReader}.
 *
 * <p>Values are written as their original text, the rate as e.g. {@code 124.56%}; a missing actual leaves both
 * cells blank. A level-1 成本指标 goes to 表1 with the output indicators, as cost is a property of the output.
 */
public final class CompletionTableExporter {

    static final String TABLE1_SHEET = "表1";
    static final String TABLE2_SHEET = "表2";
    static final String TABLE1_TITLE = "表1 部门整体绩效目标产出指标完成情况";
    static final String TABLE2_TITLE = "表2 部门整体绩效目标效益指标完成情况";

    private static final Set<IndicatorCategory> TABLE1 = Set.of(IndicatorCategory.OUTPUT, IndicatorCategory.COST);
    private static final List<IndicatorColumn> COLUMNS = List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2,
            IndicatorColumn.NAME, IndicatorColumn.ANNUAL_TARGET, IndicatorColumn.ACTUAL,
            IndicatorColumn.COMPLETION_RATE);
    private static final int[] COLUMN_WIDTHS = {12, 14, 36, 16, 16, 14};
    private static final int FIRST_DATA_ROW = 2;
    /** Columns 一级指标 and 二级指标 merge over consecutive rows of one group; a level-2 group lies inside its level 1. */
    private static final List<Function<CompletedIndicator, String>> MERGED_COLUMN_GROUPS = List.of(
            line -> line.indicator().category().name(),
            line -> line.indicator().category().name() + "|" + line.indicator().level2());

    /** Writes the workbook; the caller owns and closes the stream. */
    public void write(List<CompletedIndicator> indicators, OutputStream out) throws IOException {
        Objects.requireNonNull(indicators, "indicators");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeTable(workbook.createSheet(TABLE1_SHEET), TABLE1_TITLE, styles,
                    indicators.stream().filter(i -> TABLE1.contains(i.indicator().category())).toList());
            writeTable(workbook.createSheet(TABLE2_SHEET), TABLE2_TITLE, styles,
                    indicators.stream().filter(i -> !TABLE1.contains(i.indicator().category())).toList());
            workbook.write(out);
        }
    }

    private void writeTable(Sheet sheet, String title, Styles styles, List<CompletedIndicator> rows) {
        writeHeading(sheet, title, styles);
        for (int i = 0; i < rows.size(); i++) {
            writeRow(sheet.createRow(FIRST_DATA_ROW + i), styles, rows, i);
        }
        for (int c = 0; c < MERGED_COLUMN_GROUPS.size(); c++) {
            mergeRuns(sheet, rows, c, MERGED_COLUMN_GROUPS.get(c));
        }
    }

    /** The column widths, the merged title row and the header row. */
    private static void writeHeading(Sheet sheet, String title, Styles styles) {
        for (int c = 0; c < COLUMN_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 2 * 256); // CJK glyphs are about two character widths
        }
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));

        Row header = sheet.createRow(1);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(COLUMNS.get(c).label());
            cell.setCellStyle(styles.header);
        }
    }

    /** Row {@code i}; a cell that continues the merged group above it stays empty (the merge shows the first). */
    private static void writeRow(Row row, Styles styles, List<CompletedIndicator> rows, int i) {
        CompletedIndicator line = rows.get(i);
        IndicatorRow indicator = line.indicator();
        String[] values = {
                indicator.category().label(),
                indicator.level2(),
                indicator.name(),
                indicator.annualTarget().text(),
                indicator.actual() == null ? "" : indicator.actual().text(),
                line.completion().isMissing() ? "" : line.completion().ratePercent().toPlainString() + "%"};
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.body);
            boolean continuesMerge = c < MERGED_COLUMN_GROUPS.size() && i > 0
                    && inSameGroup(rows.get(i - 1), line, MERGED_COLUMN_GROUPS.get(c));
            if (!continuesMerge) {
                cell.setCellValue(SpreadsheetCells.neutralised(values[c]));
            }
        }
    }

    private static boolean inSameGroup(CompletedIndicator a, CompletedIndicator b,
                                       Function<CompletedIndicator, String> groupKey) {
        return groupKey.apply(a).equals(groupKey.apply(b));
    }

    /** Merges each run of consecutive rows with the same group key in one column. */
    private static void mergeRuns(Sheet sheet, List<CompletedIndicator> rows, int column,
                                  Function<CompletedIndicator, String> groupKey) {
        int runStart = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !inSameGroup(rows.get(i), rows.get(runStart), groupKey)) {
                if (i - runStart > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(FIRST_DATA_ROW + runStart, FIRST_DATA_ROW + i - 1,
                            column, column));
                }
                runStart = i;
            }
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            body = bordered(workbook);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
