package cn.perfeval.scoring.simulation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What budget-service answers to a verdict preview; read tolerantly, only the fields the what-if needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
record VerdictPreview(List<Verdict> verdicts) {

    /**
     * One record judged against one rule with the proposed dates. {@code compliant} is null while the step is
     * pending (not taken, deadline not passed): such a record is not judged yet.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verdict(String rule, String subjectId, String actDate, Boolean compliant, String detail) {
    }
}
