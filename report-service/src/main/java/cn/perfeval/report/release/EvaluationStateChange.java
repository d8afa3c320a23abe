package cn.perfeval.report.release;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The report service's reading of scoring-service's evaluation state event (evaluation-state-v1.json): only what
 * publishing needs. A tolerant reader: the actor, reason, label and time are ignored.
 *
 * @param scorecardVersion the scorecard approved, for state {@code APPROVED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationStateChange(String departmentCode, Integer fiscalYear, Integer sequence, String state,
        Integer scorecardVersion) {

    static final String APPROVED = "APPROVED";

    /** Whether the event carries what every state event must: its evaluation, sequence and state. */
    public boolean complete() {
        return departmentCode != null && !departmentCode.isBlank() && fiscalYear != null && sequence != null
                && sequence > 0 && state != null;
    }

    /** An approval must name the scorecard it approved; without one there is nothing to publish. */
    public boolean approvalWithoutScorecard() {
        return approved() && (scorecardVersion == null || scorecardVersion < 1);
    }

    boolean approved() {
        return APPROVED.equals(state);
    }
}
