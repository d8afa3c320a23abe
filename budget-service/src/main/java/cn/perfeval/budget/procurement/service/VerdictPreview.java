package cn.perfeval.budget.procurement.service;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verdicts the proposed dates would give, one per record and rule, next to the recorded verdict's outcome. */
@Schema(name = "VerdictPreview")
public record VerdictPreview(String departmentCode, int fiscalYear, List<PreviewedVerdict> verdicts) {

    /**
     * @param detail            the sentence procurement-events would carry for this verdict
     * @param recordedCompliant the stored verdict's outcome for the same record and rule; null when there is none
     */
    @Schema(name = "PreviewedVerdict")
    public record PreviewedVerdict(@JsonUnwrapped VerdictView verdict, String detail, Boolean recordedCompliant) {
    }
}
