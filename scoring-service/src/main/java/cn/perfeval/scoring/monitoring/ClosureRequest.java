package cn.perfeval.scoring.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing a round takes nothing but the request itself: {@code {}}. */
@Schema(name = "CloseMonitoringRoundRequest", example = "{}", additionalProperties = Schema.False.class)
public record ClosureRequest() {
}
