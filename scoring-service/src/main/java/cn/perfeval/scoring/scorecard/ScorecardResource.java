package cn.perfeval.scoring.scorecard;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.DepartmentAccess;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{dept}/years/{year}/scorecard")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Scorecard", description = "The 100-point scorecard with every deduction explained")
@APIResponse(responseCode = "401", description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Another department",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No scorecard yet",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ScorecardResource {

    private final DepartmentAccess access;

    public ScorecardResource(DepartmentAccess access) {
        this.access = access;
    }

    @GET
    @Operation(summary = "The latest scorecard of an evaluation")
    @APIResponse(responseCode = "200", description = "The scorecard document (see score-events)")
    public Response latest(@PathParam("dept") String dept, @PathParam("year") int year) {
        access.requireRead(dept);
        ScorecardVersion version = ScorecardVersion.latest(dept, year)
                .orElseThrow(() -> ProblemException.notFound("No scorecard for " + dept + "/" + year + " yet"));
        return document(version);
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every stored scorecard version, oldest first")
    public List<ScorecardSummary> history(@PathParam("dept") String dept, @PathParam("year") int year) {
        access.requireRead(dept);
        return ScorecardVersion.history(dept, year).stream().map(ScorecardSummary::of).toList();
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "One stored scorecard version")
    public Response version(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("version") int version) {
        access.requireRead(dept);
        return document(ScorecardVersion.of(dept, year, version)
                .orElseThrow(() -> ProblemException.notFound("No scorecard version " + version)));
    }

    private static Response document(ScorecardVersion version) {
        return Response.ok(version.snapshot, MediaType.APPLICATION_JSON_TYPE)
                .tag(String.valueOf(version.version))
                .build();
    }
}
