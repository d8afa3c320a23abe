package cn.perfeval.scoring.simulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What-if overrides on top of an evaluation's current facts. Nothing is stored.
 *
 * @param indicatorActuals indicator id → actual value in the indicator's base unit (e.g. 5348900 for 534.89万人)
 * @param numbers          fact key → value (e.g. budget.averageExecutionRate → 100)
 * @param records          record-set key → records whose compliance to assume (e.g. these contracts on time); they
 *                         win over what {@code procurement} gives for the same record
 * @param judgements       code of an item the scheme scores by a reviewer's verdict (rule judgement) → points
 * @param procurement      contract and intention dates (e.g. these contracts signed and filed on these days), judged
 *                         by budget-service on its current calendars and scored as the verdicts it gives
 */
@Schema(name = "SimulationRequest")
public record SimulationRequest(
        Map<String, BigDecimal> indicatorActuals,
        Map<String, BigDecimal> numbers,
        Map<String, List<@Valid RecordOverride>> records,
        Map<String, BigDecimal> judgements,
        ProcurementDates procurement) {

    @Schema(name = "RecordOverride")
    public record RecordOverride(@NotNull String id, @NotNull Boolean compliant, String detail) {
    }
}
