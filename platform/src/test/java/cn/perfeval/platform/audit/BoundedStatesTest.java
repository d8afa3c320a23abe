package cn.perfeval.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An audited state stays itself within the limit and becomes a summary (counts, totals, digest) beyond it. */
class BoundedStatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BoundedStates states = new BoundedStates(JSON, 65_536);

    @Test
    void aSmallStateIsRecordedAsItIs() {
        BoundedStates.Bounded bounded = states.bound(Map.of("name", "实缴人数", "version", 3));
        assertThat(bounded.truncated()).isFalse();
        assertThat(bounded.state().path("name").asText()).isEqualTo("实缴人数");
        assertThat(states.bound(null).state()).isNull();
    }

    @Test
    void aHundredThousandLinesBecomeASummaryWithCountTotalsAndDigest() throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            lines.add(Map.of("lineId", "EXP-" + i, "amount", new BigDecimal("1.25"), "category", "BASIC_PERSONNEL"));
        }
        BoundedStates.Bounded bounded = states.bound(Map.of("mode", "ALL_OR_NOTHING", "lines", lines));

        assertThat(bounded.truncated()).isTrue();
        assertThat(JSON.writeValueAsString(bounded.state()).getBytes(StandardCharsets.UTF_8).length).isLessThan(1_000);
        assertThat(bounded.state().path("summary").asBoolean()).isTrue();
        assertThat(bounded.state().path("sha256").asText()).hasSize(64);
        assertThat(bounded.state().path("fields").path("mode").asText()).isEqualTo("ALL_OR_NOTHING");
        assertThat(bounded.state().path("fields").path("lines").path("count").asInt()).isEqualTo(100_000);
        assertThat(bounded.state().path("fields").path("lines").path("totals").path("amount").decimalValue())
                .isEqualByComparingTo("125000");
    }

    @Test
    void theDigestIdentifiesTheExactState() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            lines.add(Map.of("lineId", "EXP-" + i, "amount", i));
        }
        String first = states.bound(lines).state().path("sha256").asText();
        lines.set(42, Map.of("lineId", "EXP-42", "amount", 43));
        assertThat(states.bound(lines).state().path("sha256").asText()).isNotEqualTo(first);
        assertThat(states.bound(lines).state().path("list").path("count").asInt()).isEqualTo(5_000);
    }
}
