package cn.perfeval.indicator.tabular;

import cn.perfeval.indicator.domain.Completion;
import cn.perfeval.indicator.domain.CompletionEvaluator;
import cn.perfeval.indicator.domain.CompletionPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** The seed's indicator table as test resources, and its completion as 表1/表2 report it. */
final class SeedTables {

    static final String CSV = "/seed/indicators-2023.csv";
    static final String XLSX = "/seed/indicators-2023.xlsx";

    /** 完成情况（%） of 表1 then 表2, in the seed's order. */
    static final List<BigDecimal> SEED_RATES = List.of("100.00", "100.92", "113.82", "115.63", "101.16", "124.56",
            "100.45", "101.01", "104.04", "119.55", "111.11").stream().map(BigDecimal::new).toList();

    private static final CompletionEvaluator EVALUATOR = new CompletionEvaluator(CompletionPolicy.DEFAULT);

    private SeedTables() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = SeedTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Completion completionOf(IndicatorRow row) {
        return EVALUATOR.evaluate(row.annualTarget(), row.actual());
    }

    static List<BigDecimal> ratesOf(List<IndicatorRow> rows) {
        return rows.stream().map(row -> completionOf(row).ratePercent()).toList();
    }
}
