package cn.perfeval.scoring.validation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The findings of an evaluation's validation, their counts, and whether it may be submitted. */
@Schema(name = "Validation")
public record ValidationReport(
        @Schema(example = "GZHPF") String departmentCode,
        @Schema(example = "2023") int fiscalYear,
        @Schema(example = "guangzhou-2023") String schemeId,
        List<Finding> findings,
        Counts counts,
        @Schema(description = "true when no blocking finding and no unexplained warning remains") boolean submittable) {

    /** How many findings of each kind. */
    @Schema(name = "ValidationCounts")
    public record Counts(int blocking, int warnings, int unexplainedWarnings) {
    }

    static ValidationReport of(String dept, int year, String schemeId, List<Finding> findings) {
        int blocking = (int) findings.stream().filter(f -> f.severity() == Severity.BLOCKING).count();
        int warnings = findings.size() - blocking;
        int unexplained = (int) findings.stream()
                .filter(f -> f.severity() == Severity.WARNING && f.explanation() == null).count();
        return new ValidationReport(dept, year, schemeId, findings, new Counts(blocking, warnings, unexplained),
                blocking == 0 && unexplained == 0);
    }

    /** The findings that stop a submission: every blocking one, and the warnings without an explanation. */
    public List<Finding> blockingSubmission() {
        return findings.stream().filter(Finding::blocksSubmission).toList();
    }
}
