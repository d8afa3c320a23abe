package cn.perfeval.indicator.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbook shapes people send that the seed workbook does not show. */
class XlsxWorkbookReadingTest {

    private static final String[] HEADER = {"一级指标", "二级指标", "三级指标", "年度指标值", "完成指标值"};

    private static void addRow(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Double number) {
                row.createCell(c).setCellValue(number);
            } else if (cells[c] != null) {
                row.createCell(c).setCellValue((String) cells[c]);
            }
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    @Test
    void aSheetWithoutAHeaderIsSkippedAndTheTableSheetRead() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet notes = workbook.createSheet("填表说明");
        for (int i = 0; i < 40; i++) {
            addRow(notes, i, "第" + (i + 1) + "条说明");
        }
        Sheet table = workbook.createSheet("指标");
        addRow(table, 0, (Object[]) HEADER);
        addRow(table, 1, "产出指标", "数量指标", "系统并发数", "＞950", 961.0);

        IndicatorImport result = new IndicatorTableReader().read(bytes(workbook));

        assertThat(result.isClean()).isTrue();
        assertThat(result.rows()).singleElement().satisfies(outcome -> {
            assertThat(outcome.location()).isEqualTo("sheet 指标, row 2");
            // A number cell reads as Excel shows it: a bare 961 against a bare count target.
            assertThat(outcome.row().actual().normalized()).isEqualByComparingTo("961");
        });
    }

    @Test
    void rowErrorsNameTheSheet() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet table = workbook.createSheet("表1");
        addRow(table, 0, (Object[]) HEADER);
        addRow(table, 1, "产出指标", "质量指标", "网络连通性", "≥99%", "很好");

        IndicatorImport result = new IndicatorTableReader().read(bytes(workbook));

        assertThat(result.invalidRows()).singleElement().satisfies(outcome -> {
            assertThat(outcome.location()).isEqualTo("sheet 表1, row 2");
            assertThat(outcome.errors()).extracting(FieldError::field).containsExactly("完成指标值");
        });
    }

    @Test
    void theRowLimitStopsAWorkbookMidSheet() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet table = workbook.createSheet("指标");
        addRow(table, 0, (Object[]) HEADER);
        for (int i = 1; i <= 200; i++) {
            addRow(table, i, "产出指标", "数量指标", "指标" + i, "≥1个", "2个");
        }
        ImportLimits limits = new ImportLimits(1 << 20, 100, 16, 100, 8 << 20, 100, 5);

        IndicatorImport result = new IndicatorTableReader(limits).read(bytes(workbook));

        assertThat(result.rows()).isEmpty();
        assertThat(result.fileErrors()).singleElement().asString().contains("more than 100 rows");
    }

    @Test
    void cellsBeyondTheColumnLimitAreIgnored() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet table = workbook.createSheet("指标");
        addRow(table, 0, (Object[]) HEADER);
        Row row = table.createRow(1);
        String[] cells = {"产出指标", "数量指标", "实缴人数", "530万人", "534.89万人"};
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
        row.createCell(16_000).setCellValue("far away");

        IndicatorImport result = new IndicatorTableReader().read(bytes(workbook));

        assertThat(result.isClean()).isTrue();
        assertThat(result.ignoredColumns()).isEmpty();
    }
}
