package cn.perfeval.scoring.scorecard;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import cn.perfeval.scoring.simulation.Caller;
import cn.perfeval.scoring.simulation.IndicatorReadings;
import cn.perfeval.scoring.simulation.ProcurementVerdicts;
import cn.perfeval.scoring.simulation.SimulationRequest;
import cn.perfeval.scoring.simulation.Simulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{dept}/years/{year}/scorecard")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Scorecard", description = "The 100-point scorecard with every deduction explained")
public class ScorecardResource {

    private final Simulator simulator;
    private final ProcurementVerdicts procurementVerdicts;
    private final IndicatorReadings indicatorReadings;
    private final ObjectMapper mapper;

    public ScorecardResource(Simulator simulator, ProcurementVerdicts procurementVerdicts,
            IndicatorReadings indicatorReadings, ObjectMapper mapper) {
        this.simulator = simulator;
        this.procurementVerdicts = procurementVerdicts;
        this.indicatorReadings = indicatorReadings;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "The latest scorecard of an evaluation", description = "Its ETag is the scorecard version:"
            + " a screen that keeps it current sends If-None-Match and gets a bodiless 304 until a new version exists.")
    @APIResponseSchema(value = ScorecardDocument.class, responseDescription = "The scorecard document (the data of its score event)")
    @APIResponse(responseCode = "304", description = "Unchanged: the version named in If-None-Match is still the latest")
    public Response latest(@PathParam("dept") String dept, @PathParam("year") int year, @Context Request request) {
        ScorecardVersion version = ScorecardVersion.latest(dept, year)
                .orElseThrow(() -> ProblemException.notFound("No scorecard for " + dept + "/" + year + " yet"));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(new EntityTag(String.valueOf(version.version)));
        return unchanged != null ? unchanged.build() : document(version);
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every stored scorecard version, oldest first")
    public List<ScorecardSummary> scorecardVersions(@PathParam("dept") String dept, @PathParam("year") int year) {
        return ScorecardVersion.history(dept, year).stream().map(ScorecardSummary::of).toList();
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "One stored scorecard version")
    @APIResponseSchema(value = ScorecardDocument.class, responseDescription = "The scorecard document as stored")
    public Response scorecardVersion(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("version") int version) {
        return document(ScorecardVersion.of(dept, year, version)
                .orElseThrow(() -> ProblemException.notFound("No scorecard version " + version)));
    }

    @GET
    @Path("/diff")
    @Operation(summary = "What changed between two versions: total, items with the inputs that moved them, indicators")
    public ScorecardDiff diff(@PathParam("dept") String dept, @PathParam("year") int year,
            @QueryParam("from") @NotNull @Min(1) Integer from, @QueryParam("to") @NotNull @Min(1) Integer to) {
        return ScorecardDiff.between(json(find(dept, year, from)), json(find(dept, year, to)));
    }

    @POST
    @Path("/simulations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What-if: the scorecard these overrides would give, computed now and stored nowhere",
            description = "Overrides: indicator actuals (in base units, or as written: 4.00万笔), numbers, judgement"
                    + " points, compliance flags of records, and procurement dates (contracts signed or filed,"
                    + " intentions disclosed on other days). The dates are judged by budget-service and the actuals as"
                    + " written read by indicator-service, each with the caller's token; the verdicts replace the"
                    + " records' flags.")
    @APIResponseSchema(value = Scorecard.class, responseDescription = "The scorecard the overrides would give (the engine's document)")
    @APIResponse(responseCode = "400", description = "Unknown indicator or fact key, a judgement for an item the scheme does"
            + " not judge, procurement dates budget-service rejects (the problem names the record and field under"
            + " procurement), or actuals as written indicator-service cannot read (named under actualsAsWritten)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A procurement deadline falls in a year without a working-day calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Procurement dates given and budget-service unreachable or too slow,"
            + " or actuals as written given and indicator-service unreachable or too slow",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Scorecard simulate(@PathParam("dept") String dept, @PathParam("year") int year,
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(hidden = true) String acceptLanguage,
            @Valid @NotNull SimulationRequest request) {
        Caller caller = new Caller(authorization, acceptLanguage);
        var derived = new Simulator.Derived(procurementVerdicts.overrides(dept, year, request.procurement(), caller),
                indicatorReadings.actuals(dept, year, request.actualsAsWritten(), caller));
        return simulator.simulate(dept, year, request, derived);
    }

    private static ScorecardVersion find(String dept, int year, int version) {
        return ScorecardVersion.of(dept, year, version)
                .orElseThrow(() -> ProblemException.notFound("No scorecard version " + version));
    }

    private JsonNode json(ScorecardVersion version) {
        try {
            return mapper.readTree(version.snapshot);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored scorecard is unreadable", e);
        }
    }

    private static Response document(ScorecardVersion version) {
        return Response.ok(version.snapshot, MediaType.APPLICATION_JSON_TYPE)
                .tag(String.valueOf(version.version))
                .build();
    }
}
