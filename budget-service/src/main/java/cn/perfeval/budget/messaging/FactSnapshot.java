package cn.perfeval.budget.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The complete current facts of one evaluation as scoring-service reads them (the data of the
 * {@code *-facts.changed} events; schemas under {@code /schemas/}). A fact key whose inputs were never entered is
 * absent, never zero; an empty record set means "reported, none". {@code version} grows by one per change of
 * this snapshot's content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FactSnapshot", requiredProperties = { "id", "departmentCode", "fiscalYear", "version", "numbers",
        "recordSets", "findings" }, extensions = @Extension(name = "x-omits-members", value = "summary, outside budget-events"))
public record FactSnapshot(
        @Schema(example = "GZHPF:2023") String id,
        String departmentCode,
        int fiscalYear,
        long version,
        SortedMap<String, NumberFact> numbers,
        SortedMap<String, List<RecordFact>> recordSets,
        @Schema(description = "budget-events only: the report's budget paragraph") BudgetSummaryView summary,
        List<Finding> findings) implements Snapshot<FactSnapshot> {

    @Override
    public boolean hasContent() {
        return !numbers.isEmpty() || !recordSets.isEmpty() || !findings.isEmpty()
                || (summary != null && summary.hasFigures());
    }

    @Override
    public FactSnapshot withVersion(long newVersion) {
        return new FactSnapshot(id, departmentCode, fiscalYear, newVersion, numbers, recordSets, summary, findings);
    }

    /** A number and the input it was derived from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = "value", extensions = @Extension(name = "x-omits-members", value = "source and note, when none"))
    public record NumberFact(BigDecimal value, Source source, String note) {
    }

    /** The stored input a fact came from: its kind, the evaluation (or record) id and that input's version. */
    public record Source(@Schema(example = "budget-expenditures") String entityType,
                         @Schema(example = "GZHPF:2023") String id, long version) {
    }

    /** One record judged compliant or not, with a sentence saying why. */
    public record RecordFact(@Schema(example = "HT-2023-01") String id, long version, boolean compliant,
                             String detail) {
    }

    /** Something a person should look at, e.g. the ERP's totals disagreeing with the declared ones. */
    public record Finding(@Schema(example = "WARNING") String level, @Schema(example = "RECONCILIATION") String code,
                          String message) {
    }
}
