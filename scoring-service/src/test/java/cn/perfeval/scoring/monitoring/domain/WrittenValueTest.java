package cn.perfeval.scoring.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Forecasts are read in the indicator's own unit, and computed ones written like the progress they extrapolate. */
class WrittenValueTest {

    @Test
    void aForecastIsANumberAMagnitudeAndTheIndicatorsUnit() {
        assertThat(WrittenValue.read("4.60万笔", "笔").value()).isEqualByComparingTo("46000");
        assertThat(WrittenValue.read(" 1,200 户", "户").value()).isEqualByComparingTo("1200");
        assertThat(WrittenValue.read("９８．５％", "%").value()).isEqualByComparingTo("98.5");
        assertThat(WrittenValue.read("1.2亿元", "元").value()).isEqualByComparingTo("120000000");
        assertThat(WrittenValue.read("950", "").value()).isEqualByComparingTo("950");
    }

    @Test
    void anotherUnitOrNoNumberIsRefusedWithTheRule() {
        assertThat(WrittenValue.read("4.6万人", "笔").problemIfAny()).hasValueSatisfying(p -> assertThat(p).contains("笔"));
        assertThat(WrittenValue.read("年底前完成", "笔").problemIfAny()).isPresent();
        assertThat(WrittenValue.read("≥4.6万笔", "笔").problemIfAny()).isPresent();
        assertThat(WrittenValue.read("1" + "0".repeat(30) + "笔", "笔").problemIfAny()).isPresent();
    }

    @Test
    void aComputedValueIsWrittenInTheMagnitudeOfItsExample() {
        assertThat(WrittenValue.writeLike(new BigDecimal("36001.37"), "2.10万笔")).isEqualTo("3.60万笔");
        assertThat(WrittenValue.writeLike(new BigDecimal("1234.5"), "800户")).isEqualTo("1234.50户");
    }
}
