package cn.perfeval.indicator.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.indicator.domain.Comparison;
import cn.perfeval.indicator.domain.IndicatorCategory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both seed variants read to the seed's eleven indicators and reproduce 表1 and 表2. */
class SeedIndicatorTableTest {

    private final IndicatorTableReader reader = new IndicatorTableReader();

    @ParameterizedTest
    @ValueSource(strings = {SeedTables.CSV, SeedTables.XLSX})
    void bothVariantsYieldTheSeedsCompletionRatesInOrder(String resource) {
        IndicatorImport result = reader.read(SeedTables.bytes(resource));

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.isClean()).isTrue();
        assertThat(SeedTables.ratesOf(result.validRows())).containsExactlyElementsOf(SeedTables.SEED_RATES);
        assertThat(result.validRows()).allSatisfy(row -> assertThat(SeedTables.completionOf(row).isMet()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedTables.CSV, SeedTables.XLSX})
    void mergedLevelCellsAreCarriedDownAndWrappedNamesJoined(String resource) {
        List<IndicatorRow> rows = reader.read(SeedTables.bytes(resource)).validRows();

        assertThat(rows).extracting(IndicatorRow::category, IndicatorRow::level2, IndicatorRow::name).containsExactly(
                tuple(IndicatorCategory.OUTPUT, "数量指标", "当年广州住房公积金新开户职工数"),
                tuple(IndicatorCategory.OUTPUT, "数量指标", "当年广州住房公积金实缴人数"),
                tuple(IndicatorCategory.OUTPUT, "数量指标", "年度业务量——系统业务受理笔数"),
                tuple(IndicatorCategory.OUTPUT, "数量指标", "年度住房公积金贷款发放笔数"),
                tuple(IndicatorCategory.OUTPUT, "数量指标", "系统并发数（一秒内系统同时在线最大用户数）"),
                tuple(IndicatorCategory.OUTPUT, "质量指标", "发布新媒体宣传率"),
                tuple(IndicatorCategory.OUTPUT, "质量指标", "网络连通性"),
                tuple(IndicatorCategory.OUTPUT, "质量指标", "律师出庭胜诉率"),
                tuple(IndicatorCategory.BENEFIT, "社会效益", "故障响应率"),
                tuple(IndicatorCategory.BENEFIT, "社会效益", "支持购房面积"),
                tuple(IndicatorCategory.SATISFACTION, "服务对象满意度指标", "业务大厅服务评价好评率"));
    }

    @Test
    void valuesKeepTheSeedsWording() {
        List<IndicatorRow> rows = reader.read(SeedTables.bytes(SeedTables.CSV)).validRows();

        IndicatorRow transactions = rows.get(2);
        assertThat(transactions.periodTarget().text()).isEqualTo("＞6500万");
        assertThat(transactions.annualTarget().comparator()).isEqualTo(Comparison.GT);
        assertThat(transactions.actual().text()).isEqualTo("7398万");
        assertThat(rows.get(0).annualTarget().normalized()).isEqualByComparingTo("600000");
        assertThat(rows.get(5).note()).isEqualTo("发布新媒体宣传率=实际完成发布的新媒体数量/计划完成发布的新媒体数量*100%");
        assertThat(rows.get(6).note()).isNull();
        assertThat(rows.get(9).actual().number()).isEqualTo(new BigDecimal("491.72"));
    }

    @Test
    void rowNumbersAreTheOnesASpreadsheetShows() {
        assertThat(reader.read(SeedTables.bytes(SeedTables.CSV)).rows())
                .extracting(RowOutcome::rowNumber).startsWith(2, 3).endsWith(12);
        // The workbook has a title row above the header.
        assertThat(reader.read(SeedTables.bytes(SeedTables.XLSX)).rows())
                .extracting(RowOutcome::sheet, RowOutcome::rowNumber).startsWith(tuple("部门整体绩效指标", 3));
    }

    @Test
    void theWorkbookReadsToExactlyTheRowsOfTheCsv() {
        IndicatorImport csv = reader.read(SeedTables.bytes(SeedTables.CSV));
        IndicatorImport xlsx = reader.read(SeedTables.bytes(SeedTables.XLSX));

        assertThat(xlsx.format()).isEqualTo(SourceFormat.XLSX);
        assertThat(csv.format()).isEqualTo(SourceFormat.CSV);
        assertThat(xlsx.validRows()).isEqualTo(csv.validRows());
    }

    @Test
    void theCommittedWorkbookIsWhatTheGeneratorMakesFromTheCsv() throws IOException {
        ByteArrayOutputStream regenerated = new ByteArrayOutputStream();
        try (Reader csv = new InputStreamReader(new ByteArrayInputStream(SeedTables.bytes(SeedTables.CSV)),
                StandardCharsets.UTF_8)) {
            SeedWorkbookGenerator.write(csv, regenerated);
        }

        assertThat(reader.read(regenerated.toByteArray()).rows())
                .isEqualTo(reader.read(SeedTables.bytes(SeedTables.XLSX)).rows());
    }

    @Test
    void aGb18030CsvAsExcelSavesItInAChineseLocaleReadsTheSame() {
        String text = new String(SeedTables.bytes(SeedTables.CSV), StandardCharsets.UTF_8);
        byte[] gb18030 = text.getBytes(java.nio.charset.Charset.forName("GB18030"));
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

        List<IndicatorRow> expected = reader.read(SeedTables.bytes(SeedTables.CSV)).validRows();
        assertThat(reader.read(gb18030).validRows()).isEqualTo(expected);
        assertThat(reader.read(withBom).validRows()).isEqualTo(expected);
    }
}
