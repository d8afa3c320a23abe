package cn.perfeval.scoring.simulation;

import cn.perfeval.platform.text.MultiLine;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What-if overrides on top of an evaluation's current facts. Nothing is stored.
 *
 * @param indicatorActuals indicator id → actual value in the indicator's base unit (e.g. 5348900 for 534.89万人)
 * @param actualsAsWritten indicator id → actual as a department writes it (e.g. 534.89万人), read by indicator-service
 * @param numbers          fact key → value (e.g. budget.averageExecutionRate → 100)
 * @param records          record-set key → records whose compliance to assume (e.g. these contracts on time); they
 *                         win over what {@code procurement} gives for the same record
 * @param judgements       code of an item the scheme scores by a reviewer's verdict (rule judgement) → points
 * @param procurement      contract and intention dates (e.g. these contracts signed and filed on these days), judged
 *                         by budget-service on its current calendars and scored as the verdicts it gives
 */
@Schema(name = "SimulationRequest")
public record SimulationRequest(
        @Schema(description = "Indicator id → actual as a number in the indicator's base unit: 5348900 for 534.89万人,"
                + " 40000 for 4.00万笔, 85 for 85% (a percentage in percent points)")
        @Size(max = TextLimits.ITEMS) Map<@Size(max = TextLimits.CODE) @SingleLine String, BigDecimal> indicatorActuals,
        @Schema(description = "Indicator id → actual as written, with its unit (4.00万笔, 91.5%, 534.89万人), read by"
                + " indicator-service exactly as reporting the actual would read it; an id may not also be under"
                + " indicatorActuals", example = "{\"3f2c8a6e-0d1b-4c7a-9e55-2b8f1a4c6d20\": \"4.00万笔\"}")
        @Size(max = TextLimits.ITEMS)
        Map<@Size(max = TextLimits.CODE) @SingleLine String, @NotBlank @Size(max = TextLimits.NAME) @SingleLine String> actualsAsWritten,
        @Schema(description = "Fact key (scoring-service FactCatalog) → value in the fact's unit: a rate in percent"
                + " points (budget.averageExecutionRate 100 is 100%), an amount in 万元, a count")
        @Size(max = TextLimits.ITEMS) Map<@Size(max = TextLimits.CODE) @SingleLine String, BigDecimal> numbers,
        @Schema(description = "Record-set fact key → the records whose compliance to assume")
        @Size(max = TextLimits.ITEMS)
        Map<@Size(max = TextLimits.CODE) @SingleLine String, @Size(max = TextLimits.ITEMS) List<@Valid RecordOverride>> records,
        @Schema(description = "Code of an item scored by a reviewer's judgement → points (at most the item's maximum)")
        @Size(max = TextLimits.ITEMS) Map<@Size(max = TextLimits.CODE) @SingleLine String, BigDecimal> judgements,
        @Valid ProcurementDates procurement) {

    @Schema(name = "RecordOverride")
    public record RecordOverride(@NotNull @Size(max = TextLimits.CODE) @SingleLine String id, @NotNull Boolean compliant,
            @Size(max = TextLimits.TEXT) @MultiLine String detail) {
    }
}
