package cn.perfeval.scoring.monitoring.thresholds;

import cn.perfeval.scoring.monitoring.domain.BudgetPaceThresholds;
import cn.perfeval.scoring.monitoring.domain.ProgressThresholds;
import cn.perfeval.scoring.monitoring.domain.Thresholds;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored version of a scheme's monitoring thresholds. */
@Schema(name = "MonitoringThresholds")
public record ThresholdsView(
        @Schema(example = "guangzhou-2023", required = true) String schemeId,
        @Schema(example = "2", required = true) String version,
        @Schema(required = true, example = ThresholdsView.BUDGET_PACE_EXAMPLE) BudgetPaceThresholds budgetPace,
        @Schema(required = true, example = ThresholdsView.TARGET_PROGRESS_EXAMPLE) ProgressThresholds targetProgress,
        @Schema(example = "admin", required = true, description = "who stored it; system for the shipped file") String createdBy,
        @Schema(example = "2023-08-01T02:00:00Z", required = true) OffsetDateTime createdAt) {

    static final String BUDGET_PACE_EXAMPLE =
            "{\"yellowBehindPoints\": 0.00, \"redBehindPoints\": 10.00, \"monthlyTargets\": {\"6\": 50, \"9\": 75}}";
    static final String TARGET_PROGRESS_EXAMPLE = "{\"yellowBehindPoints\": 5.00, \"redBehindPoints\": 15.00}";
    static final String VALUES_EXAMPLE = "{\"budgetPace\": " + BUDGET_PACE_EXAMPLE + ", \"targetProgress\": "
            + TARGET_PROGRESS_EXAMPLE + "}";

    public Thresholds thresholds() {
        return new Thresholds(version, budgetPace, targetProgress);
    }
}
