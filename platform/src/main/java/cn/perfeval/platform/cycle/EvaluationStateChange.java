package cn.perfeval.platform.cycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * The part of an evaluation-state event the write guard reads (a tolerant reader: the producer's schema
 * {@code evaluation-state-v1.json} has more fields, which are ignored here).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationStateChange(
        String departmentCode,
        Integer fiscalYear,
        Long sequence,
        String state,
        String stateLabel,
        Boolean factsWritable,
        OffsetDateTime at) {

    /** Whether every field the guard needs is there; an event lacking one is unreadable, not a state. */
    boolean complete() {
        return departmentCode != null && !departmentCode.isBlank() && fiscalYear != null && sequence != null
                && sequence >= 1 && state != null && stateLabel != null && factsWritable != null && at != null;
    }
}
