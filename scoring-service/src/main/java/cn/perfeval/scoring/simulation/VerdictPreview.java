package cn.perfeval.scoring.simulation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What budget-service answers to a verdict preview; read tolerantly, only the fields the what-if needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
record VerdictPreview(List<Verdict> verdicts) {

    /** One record judged against one rule with the proposed dates. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verdict(String rule, String subjectId, String actDate, boolean compliant, String detail) {
    }
}
