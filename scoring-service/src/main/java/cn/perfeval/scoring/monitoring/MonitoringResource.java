package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An evaluation's monitoring rounds (双监控, docs/monitoring.md): budget pace and indicator progress at a date, with
 * a light each, and the department's assessments. Who may do what: the access matrix.
 */
@Path("/api/v1/departments/{dept}/years/{year}/monitoring/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Monitoring")
public class MonitoringResource {

    private final MonitoringRounds rounds;
    private final RoundStore store;
    private final Caller caller;

    MonitoringResource(MonitoringRounds rounds, RoundStore store, Caller caller) {
        this.rounds = rounds;
        this.store = store;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Open a round at a date of the year; it follows the evaluation's facts until closed")
    @APIResponseSchema(value = RoundDocument.class, responseCode = "201", responseDescription = "The round as computed")
    @APIResponse(responseCode = "404", description = "No service reported a fact of the evaluation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The round exists", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The date is outside the year", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response openMonitoringRound(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @NotNull OpenRoundRequest request, @Context UriInfo uri) {
        RoundDocument round = rounds.open(dept, year, request.asOf(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(request.asOf().toString()).build()).entity(round).build();
    }

    @GET
    @Operation(summary = "The evaluation's rounds, newest first")
    @APIResponseSchema(value = RoundSummary[].class, responseDescription = "One summary per round")
    public List<RoundSummary> monitoringRounds(@PathParam("dept") String dept, @PathParam("year") int year) {
        return store.latestOfEach(dept, year).stream().map(RoundSummary::of).toList();
    }

    @GET
    @Path("/{asOf}")
    @Operation(summary = "A round: time progress, budget pace, indicator progress, lights, missing inputs")
    @APIResponseSchema(value = RoundDocument.class, responseDescription = "The latest version of the round")
    @APIResponse(responseCode = "404", description = "No such round", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RoundDocument monitoringRound(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("asOf") String asOf) {
        RoundKey key = key(dept, year, asOf);
        return store.latest(key).map(RoundStore.StoredVersion::document)
                .orElseThrow(() -> ProblemException.notFound("No monitoring round of " + asOf + " in " + dept + "/" + year));
    }

    @PUT
    @Path("/{asOf}/indicators/{indicatorId}")
    @Operation(summary = "The department's judgement, forecast, deviation and measures for one indicator")
    @APIResponseSchema(value = RoundDocument.class, responseDescription = "The round recomputed")
    @APIResponse(responseCode = "404", description = "No such round or indicator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The round is closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A forecast on a qualitative indicator or not in its unit, or a "
            + "due date before the round", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RoundDocument assessIndicator(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("asOf") String asOf, @PathParam("indicatorId") String indicatorId,
            @Valid @NotNull IndicatorAssessmentRequest request) {
        return rounds.assessIndicator(key(dept, year, asOf), indicatorId, request, caller.name());
    }

    @PUT
    @Path("/{asOf}/budget")
    @Operation(summary = "The department's deviation and measures for its budget's execution pace")
    @APIResponseSchema(value = RoundDocument.class, responseDescription = "The round recomputed")
    @APIResponse(responseCode = "404", description = "No such round", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The round is closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A due date before the round", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RoundDocument assessBudgetPace(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("asOf") String asOf, @Valid @NotNull PaceAssessmentRequest request) {
        return rounds.assessBudget(key(dept, year, asOf), request, caller.name());
    }

    @PUT
    @Path("/{asOf}/projects/{code}")
    @Operation(summary = "The department's deviation and measures for one budget project's execution pace")
    @APIResponseSchema(value = RoundDocument.class, responseDescription = "The round recomputed")
    @APIResponse(responseCode = "404", description = "No such round or project", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The round is closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A due date before the round", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RoundDocument assessProjectPace(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("asOf") String asOf, @PathParam("code") String code, @Valid @NotNull PaceAssessmentRequest request) {
        return rounds.assessProject(key(dept, year, asOf), code, request, caller.name());
    }

    @POST
    @Path("/{asOf}/closure")
    @Operation(summary = "Close the round: it is frozen, no recompute, no assessment")
    @APIResponseSchema(value = RoundDocument.class, responseDescription = "The round, closed")
    @APIResponse(responseCode = "404", description = "No such round", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The round is closed already", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RoundDocument closeMonitoringRound(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("asOf") String asOf, @Valid @NotNull ClosureRequest request) {
        return rounds.close(key(dept, year, asOf), caller.name());
    }

    /** A round's date from the path: a malformed one names no round (404, like an unknown one). */
    private static RoundKey key(String dept, int year, String asOf) {
        try {
            return new RoundKey(dept, year, LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            throw ProblemException.notFound("No such monitoring round: a round is named by its date, e.g. " + year
                    + "-07-31");
        }
    }
}
