package cn.perfeval.scoring.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** budget-service's execution pace as docs/monitoring.md shows it is read exactly; a malformed one is refused. */
class PaceFactsTest {

    /** As every service's mapper reads (platform ExactDecimals): decimals keep their scale, also in trees. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final String DOCUMENTED = """
            { "id": "GZHPF:2023", "departmentCode": "GZHPF", "fiscalYear": 2023, "version": 3,
              "budgetChanges": [ { "date": null, "amount": 21443.80, "source": "APPROPRIATION" },
                                 { "date": "2023-06-30", "amount": 311.25, "source": "ADJUSTMENT" } ],
              "dailySpending": [ { "date": "2023-01-25", "amount": 686.20 } ],
              "projects": [ { "code": "P2023-01", "name": "公共租赁住房建设资金", "budget": 3742.11,
                              "monthlySpending": [ 0, 120.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ] } ],
              "notifiedRates": [ { "month": 2, "ratePercent": 12.30 } ],
              "lastSpendingDate": "2023-12-28" }
            """;

    @Test
    void theDocumentedEventIsReadWithItsExactAmounts() throws Exception {
        PaceFacts pace = PaceFacts.read(JSON.readTree(DOCUMENTED));
        assertThat(pace.budgetAt(LocalDate.of(2023, 6, 29))).isEqualByComparingTo("21443.80");
        assertThat(pace.budgetAt(LocalDate.of(2023, 6, 30))).isEqualByComparingTo("21755.05");
        assertThat(pace.executedAt(LocalDate.of(2023, 1, 24))).isNull();
        assertThat(pace.executedAt(LocalDate.of(2023, 1, 25))).isEqualByComparingTo("686.20");
        assertThat(pace.projects().get(0).monthlySpending().get(1)).isEqualByComparingTo("120.5");
        assertThat(pace.notifiedRates()).containsExactly(new PaceFacts.NotifiedRate(2, new BigDecimal("12.30")));
    }

    @Test
    void aTextualAmountElevenMonthsOrAMalformedDateIsRefused() throws Exception {
        assertThatThrownBy(() -> PaceFacts.read(edit("\"amount\": 21443.80", "\"amount\": \"21443.80\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> PaceFacts.read(edit("0, 120.5, 0,", "120.5, 0,")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12");
        assertThatThrownBy(() -> PaceFacts.read(edit("2023-01-25", "25.01.2023")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> PaceFacts.read(edit("\"month\": 2", "\"month\": 13")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("month");
    }

    private static JsonNode edit(String from, String to) throws Exception {
        return JSON.readTree(DOCUMENTED.replace(from, to));
    }
}
