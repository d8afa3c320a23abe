package cn.perfeval.indicator.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompletionTableExporterTest {

    private final IndicatorTableReader reader = new IndicatorTableReader();
    private List<IndicatorRow> seedRows;
    private byte[] exported;

    @BeforeEach
    void exportTheSeed() throws IOException {
        seedRows = reader.read(SeedTables.bytes(SeedTables.CSV)).validRows();
        exported = export(seedRows);
    }

    private static byte[] export(List<IndicatorRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CompletionTableExporter().write(
                rows.stream().map(row -> new CompletedIndicator(row, SeedTables.completionOf(row))).toList(), out);
        return out.toByteArray();
    }

    @Test
    void theExportReimportsToTheSameRows() {
        IndicatorImport reimported = reader.read(exported);

        assertThat(reimported.isClean()).isTrue();
        assertThat(reimported.ignoredColumns()).isEmpty();
        // 表1/表2 show neither 实施周期指标值 nor 备注, so those come back empty; everything shown is identical.
        assertThat(reimported.validRows()).isEqualTo(seedRows.stream()
                .map(row -> new IndicatorRow(row.category(), row.level2(), row.name(), null, row.annualTarget(),
                        row.actual(), null, null))
                .toList());
        assertThat(SeedTables.ratesOf(reimported.validRows())).containsExactlyElementsOf(SeedTables.SEED_RATES);
    }

    @Test
    void table1HoldsTheOutputIndicatorsInTheSeedsLayout() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet table1 = workbook.getSheet("表1");

            assertThat(text(table1, 0, 0)).isEqualTo("表1 部门整体绩效目标产出指标完成情况");
            assertThat(cells(table1.getRow(1))).containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "完成指标值",
                    "完成情况（%）");
            assertThat(cells(table1.getRow(2))).containsExactly("产出指标", "数量指标", "当年广州住房公积金新开户职工数", "60万人",
                    "60万人", "100.00%");
            assertThat(cells(table1.getRow(7))).containsExactly("", "质量指标", "发布新媒体宣传率", "≥85%", "105.88%", "124.56%");
            assertThat(table1.getLastRowNum()).isEqualTo(9);
            assertThat(table1.getMergedRegions()).extracting(CellRangeAddress::formatAsString)
                    .containsExactlyInAnyOrder("A1:F1", "A3:A10", "B3:B7", "B8:B10");
        }
    }

    @Test
    void table2HoldsBenefitAndSatisfaction() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet table2 = workbook.getSheet("表2");

            assertThat(text(table2, 0, 0)).isEqualTo("表2 部门整体绩效目标效益指标完成情况");
            List<List<String>> rows = List.of(cells(table2.getRow(2)), cells(table2.getRow(3)), cells(table2.getRow(4)));
            assertThat(rows).containsExactly(
                    List.of("效益指标", "社会效益", "故障响应率", "＞90%", "93.64%", "104.04%"),
                    List.of("", "", "支持购房面积", "411.30万平方米", "491.72万平方米", "119.55%"),
                    List.of("满意度指标", "服务对象满意度指标", "业务大厅服务评价好评率", "≥90%", "100%", "111.11%"));
            assertThat(table2.getMergedRegions()).extracting(CellRangeAddress::formatAsString)
                    .containsExactlyInAnyOrder("A1:F1", "A3:A4", "B3:B4");
        }
    }

    @Test
    void aMissingActualLeavesItsCellsBlankAndStaysMissingOnReimport() throws IOException {
        IndicatorRow first = seedRows.get(0);
        IndicatorRow withoutActual = new IndicatorRow(first.category(), first.level2(), first.name(), null,
                first.annualTarget(), null, null, null);

        byte[] workbook = export(List.of(withoutActual));

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(cells(read.getSheet("表1").getRow(2))).endsWith("", "");
        }
        assertThat(reader.read(workbook).validRows()).extracting(IndicatorRow::name, IndicatorRow::actual)
                .containsExactly(tuple(first.name(), null));
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            texts.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return texts;
    }
}
