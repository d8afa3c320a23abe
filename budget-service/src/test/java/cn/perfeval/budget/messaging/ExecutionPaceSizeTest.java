package cn.perfeval.budget.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.budget.execution.pace.ExecutionPace;
import cn.perfeval.budget.execution.pace.ExecutionPace.BudgetChange;
import cn.perfeval.budget.execution.pace.ExecutionPace.BudgetChangeSource;
import cn.perfeval.budget.execution.pace.ExecutionPace.DaySpending;
import cn.perfeval.budget.execution.pace.ExecutionPace.NotifiedRate;
import cn.perfeval.budget.execution.pace.ExecutionPace.ProjectSpending;
import cn.perfeval.platform.events.outbox.OutboxConfig;
import cn.perfeval.platform.json.DecimalLimits;
import cn.perfeval.platform.text.TextLimits;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pace event cannot outgrow the outbox's limit (perfeval.outbox.max-event-bytes), however large the ledger:
 * its lists are bounded by the calendar (366 days, 12 months) and by the input limits (500 projects, 500
 * appropriations and 500 adjustments, TextLimits), so even the largest allowed pace is publishable.
 */
class ExecutionPaceSizeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** The CloudEvents envelope around the data: ids, type, subject, time, schema, correlation id. */
    private static final int ENVELOPE_BYTES = 1_000;

    @Test
    void theLargestAllowedPaceFitsInOneEvent() throws Exception {
        // The longest amount an input may hold (DecimalLimits), and the longest sum of ERP lines (14 + 6 digits, summed).
        BigDecimal longestInput = new BigDecimal("9".repeat(DecimalLimits.MAX_INTEGER_DIGITS) + "."
                + "9".repeat(DecimalLimits.MAX_DECIMALS));
        BigDecimal longestSum = new BigDecimal("9".repeat(20) + ".999999");
        List<BudgetChange> changes = new ArrayList<>();
        for (int line = 0; line < TextLimits.ITEMS; line++) {
            changes.add(new BudgetChange(null, longestInput, BudgetChangeSource.APPROPRIATION));
            changes.add(new BudgetChange(LocalDate.of(2024, 12, 31), longestInput.negate(), BudgetChangeSource.ADJUSTMENT));
        }
        List<DaySpending> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            days.add(new DaySpending(day, longestSum));
        }
        List<ProjectSpending> projects = Collections.nCopies(TextLimits.ITEMS, new ProjectSpending("P".repeat(TextLimits.CODE),
                "项".repeat(TextLimits.NAME), longestInput, Collections.nCopies(12, longestSum)));
        List<NotifiedRate> rates = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            rates.add(new NotifiedRate(month, longestInput));
        }
        ExecutionPaceSnapshot largest = ExecutionPaceSnapshot.of("D".repeat(TextLimits.CODE), 2024,
                new ExecutionPace(changes, days, projects, rates, LocalDate.of(2024, 12, 31))).withVersion(Long.MAX_VALUE);

        int bytes = MAPPER.writeValueAsString(largest).getBytes(StandardCharsets.UTF_8).length;

        assertThat(days).hasSize(366);
        assertThat(bytes + ENVELOPE_BYTES).isLessThan(OutboxConfig.DEFAULT_MAX_EVENT_BYTES);
    }
}
