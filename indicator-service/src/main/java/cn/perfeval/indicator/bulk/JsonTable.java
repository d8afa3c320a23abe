package cn.perfeval.indicator.bulk;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * JSON imports go through the same reader as CSV and XLSX uploads, so every format is validated by one set of
 * rules: the rows are written as a CSV table with the seed's headers. Element n (1-based) of the JSON array is
 * CSV row n + 1, the header being row 1: {@link #ROW_OFFSET}.
 */
final class JsonTable {

    private static final String[] HEADERS = { "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "完成指标值",
            "权重", "备注" };

    static final int ROW_OFFSET = 1;

    private JsonTable() {
    }

    static byte[] toCsv(List<IndicatorImportRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADERS).get())) {
            for (IndicatorImportRow row : rows) {
                csv.printRecord(row.level1(), row.level2(), row.name(), row.periodTarget(), row.annualTarget(),
                        row.actual(), row.weight() == null ? null : row.weight().toPlainString(), row.calculationNote());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
