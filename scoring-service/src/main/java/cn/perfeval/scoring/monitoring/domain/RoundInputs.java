package cn.perfeval.scoring.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a round is computed from.
 *
 * @param pace        the evaluation's execution pace, or null when budget-service has not announced one
 * @param assessments the department's assessments by subject ({@link Subjects})
 */
public record RoundInputs(LocalDate asOf, Thresholds thresholds, PaceFacts pace, List<MonitoredIndicator> indicators,
        Map<String, Assessment> assessments) {

    Assessment assessmentOf(String subject) {
        return assessments.getOrDefault(subject, Assessment.NONE);
    }
}
