package cn.perfeval.scoring.monitoring.thresholds;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.Caller;
import cn.perfeval.scoring.monitoring.domain.ThresholdValues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A scheme's monitoring thresholds: read by anyone, replaced (as a new version) by an administrator. */
@Path("/api/v1/schemes/{schemeId}/monitoring-thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Monitoring", description = "Mid-year monitoring rounds (双监控), their thresholds and the bureau's warnings")
public class MonitoringThresholdsResource {

    private final MonitoringThresholdCatalog catalog;
    private final Caller caller;

    public MonitoringThresholdsResource(MonitoringThresholdCatalog catalog, Caller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The scheme's current monitoring thresholds and their version")
    @APIResponseSchema(value = ThresholdsView.class, responseDescription = "The latest version")
    @APIResponse(responseCode = "404", description = "The scheme has no monitoring thresholds", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ThresholdsView monitoringThresholds(@PathParam("schemeId") String schemeId) {
        return catalog.current(schemeId).orElseThrow(() -> ProblemException.notFound(
                "Scheme " + schemeId + " has no monitoring thresholds"));
    }

    @PUT
    @Operation(summary = "Replace the scheme's monitoring thresholds (a new version); every open round of the scheme "
            + "is recomputed. Red at least yellow, both at least 0; monthly targets 0–100 for months 1–12, not "
            + "falling from one month to a later one")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ThresholdValues.class),
            examples = @ExampleObject(name = "thresholds", value = ThresholdsView.VALUES_EXAMPLE)))
    @APIResponseSchema(value = ThresholdsView.class, responseDescription = "The new version")
    @APIResponse(responseCode = "404", description = "The scheme has no monitoring thresholds", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ThresholdsView replaceMonitoringThresholds(@PathParam("schemeId") String schemeId,
            @Valid @NotNull ThresholdValues values) {
        return catalog.replace(schemeId, values, caller.name());
    }
}
