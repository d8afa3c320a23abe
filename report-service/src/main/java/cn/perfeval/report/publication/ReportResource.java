package cn.perfeval.report.publication;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.DepartmentAccess;
import cn.perfeval.report.rendering.ReportComposer;
import cn.perfeval.report.rendering.ReportContent;
import cn.perfeval.report.rendering.ReportFormats;
import cn.perfeval.report.scorecard.ScorecardSnapshots;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The department's own view: the draft (private to the department and reviewers) and publishing. */
@Path("/api/v1/departments/{dept}/years/{year}/report")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "Report", description = "Draft report and publication")
@APIResponse(responseCode = "403", description = "Another department",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportResource {

    private final DepartmentAccess access;
    private final ScorecardSnapshots scorecards;
    private final ReportComposer composer;
    private final ReportFormats formats;
    private final PublicationService publications;

    public ReportResource(DepartmentAccess access, ScorecardSnapshots scorecards, ReportComposer composer,
            ReportFormats formats, PublicationService publications) {
        this.access = access;
        this.scorecards = scorecards;
        this.composer = composer;
        this.formats = formats;
        this.publications = publications;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "The draft report from the latest scorecard (JSON or HTML by Accept)")
    public Response draft(@PathParam("dept") String dept, @PathParam("year") int year,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        access.requireRead(dept);
        ReportContent content = composer.compose(scorecards.latest(dept, year)
                .orElseThrow(() -> ProblemException.notFound("No scorecard for " + dept + "/" + year + " yet")));
        return ReportRepresentation.of(content, null, headers, formats);
    }

    @POST
    @Path("/publications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the report; afterwards every change republishes it automatically")
    @APIResponse(responseCode = "201", description = "Published (or already current)")
    @APIResponse(responseCode = "409", description = "No scorecard yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("dept") String dept, @PathParam("year") int year) {
        access.requireWrite(dept);
        ReportVersionView view = ReportVersionView.of(publications.publish(dept, year, access.actor()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every published version, oldest first")
    public List<ReportVersionView> versions(@PathParam("dept") String dept, @PathParam("year") int year) {
        access.requireRead(dept);
        return ReportVersion.history(dept, year).stream().map(ReportVersionView::of).toList();
    }
}
