package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorTablesTest {

    /** A JSON hop that reads numbers as doubles turns 100.00 into 100.0; the table still writes the seed's 100.00%. */
    @Test
    void theCompletionRateIsWrittenWithTwoDecimalsWhateverScaleItArrivesWith() {
        assertThat(IndicatorTables.row(indicator(new BigDecimal("100.0"))).completion()).isEqualTo("100.00%");
        assertThat(IndicatorTables.row(indicator(new BigDecimal("100.92"))).completion()).isEqualTo("100.92%");
        assertThat(IndicatorTables.row(indicator(null)).completion()).isEqualTo("未填报");
    }

    private static ScorecardSnapshot.Indicator indicator(BigDecimal rate) {
        return new ScorecardSnapshot.Indicator("1", 1, "OUTPUT", "产出指标", "数量指标", "当年广州住房公积金新开户职工数",
                "GE", new ScorecardSnapshot.Value("60万人"), new ScorecardSnapshot.Value("60万人"),
                new ScorecardSnapshot.Value("60万人"), null, null, new ScorecardSnapshot.Completion("MET", rate), null);
    }
}
