package cn.perfeval.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedDecimalsTest {

    record Payment(BigDecimal amount, Map<String, BigDecimal> rates, List<BigDecimal> shares) {
    }

    private final ObjectMapper mapper = customized();

    private static ObjectMapper customized() {
        ObjectMapper mapper = new ObjectMapper();
        new ExactDecimals().customize(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-123.45", "999999999999999999999999999999", "1E+29", "0E-999999999",
            "0.0000000000000000000000000000000000000000000000000000000000000001",
            "100.0000000000000000000000000000000000000000000000000000000000000000000000",
            "1.009226415094339622641509433962264"})
    void decimalsWithinTheLimitsFit(String value) {
        assertThat(DecimalLimits.fits(new BigDecimal(value))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000000000000000000", "1E+30",
            "0.00000000000000000000000000000000000000000000000000000000000000001", "1e999999999", "1e-999999999",
            "-1e999999999"})
    void decimalsBeyondThemDoNot(String value) {
        assertThat(DecimalLimits.fits(new BigDecimal(value))).isFalse();
    }

    @Test
    void aFieldMapValueOrListElementBeyondTheLimitsIsAFieldErrorNotAnAllocation() {
        // Without the check each of these reads fine and the first toPlainString() or add() exhausts the heap.
        assertThatThrownBy(() -> mapper.readValue("{\"amount\": 1e999999999}", Payment.class))
                .isInstanceOf(DecimalOutOfRangeException.class)
                .hasMessageContaining("amount").hasMessageContaining(DecimalLimits.RULE);
        assertThatThrownBy(() -> mapper.readValue("{\"rates\": {\"x\": 1e-999999999}}", Payment.class))
                .isInstanceOf(DecimalOutOfRangeException.class).hasMessageContaining("rates");
        assertThatThrownBy(() -> mapper.readValue("{\"shares\": [1, \"1E+999999999\"]}", Payment.class))
                .isInstanceOf(DecimalOutOfRangeException.class).hasMessageContaining("shares");
    }

    @Test
    void decimalsWithinTheLimitsKeepTheirExactValueAndScale() throws Exception {
        Payment payment = mapper.readValue("{\"amount\": 686.20, \"rates\": {\"x\": 0.1}, \"shares\": [\"1.50\"]}",
                Payment.class);
        assertThat(payment.amount()).isEqualTo(new BigDecimal("686.20"));
        assertThat(payment.rates()).containsEntry("x", new BigDecimal("0.1"));
        assertThat(payment.shares()).containsExactly(new BigDecimal("1.50"));
    }
}
