package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.scorecard.Grade;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GradeTest {

    @ParameterizedTest
    @CsvSource({"100, 优", "95.54, 优", "90.00, 优", "89.99, 良", "80, 良", "79.99, 中", "60, 中", "59.99, 差", "0, 差"})
    void gradeBoundariesAreInclusiveFromBelow(String total, String label) {
        assertThat(Grade.of(new BigDecimal(total)).label()).isEqualTo(label);
    }
}
