package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.monitoring.domain.Light;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round in the list of an evaluation's rounds. */
@Schema(name = "MonitoringRoundSummary")
public record RoundSummary(
        @Schema(example = "2023-07-31", required = true) LocalDate asOf,
        @Schema(example = "OPEN", required = true) RoundState state,
        @Schema(example = "4", required = true) int version,
        @Schema(example = "2023-08-02T09:15:00Z", required = true) OffsetDateTime computedAt,
        @Schema(example = "{\"GREEN\": 12, \"YELLOW\": 3, \"RED\": 2, \"NONE\": 1}", required = true)
        Map<Light, Integer> lightCounts) {

    static RoundSummary of(RoundDocument round) {
        return new RoundSummary(round.asOf(), round.state(), round.version(), round.computedAt(), round.lightCounts());
    }
}
