package cn.perfeval.scoring.monitoring;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The date a new round monitors the evaluation at. */
@Schema(name = "OpenMonitoringRoundRequest")
public record OpenRoundRequest(@NotNull @Schema(example = "2023-07-31", required = true) LocalDate asOf) {
}
