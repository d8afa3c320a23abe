package cn.perfeval.report.publication;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.report.rendering.ReportFormats;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published reports are public (信息公开): no token needed. Drafts never appear here. */
@Path("/reports/{dept}/{year}")
@PermitAll
@Tag(name = "Public reports")
@APIResponse(responseCode = "404", description = "Not published",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PublicReportResource {

    private final ReportFormats formats;

    public PublicReportResource(ReportFormats formats) {
        this.formats = formats;
    }

    @GET
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    @Operation(summary = "The latest published version (HTML, or JSON by Accept)")
    public Response latest(@PathParam("dept") String dept, @PathParam("year") int year, @Context HttpHeaders headers) {
        return represent(ReportVersion.latest(dept, year)
                .orElseThrow(() -> ProblemException.notFound("No published report for " + dept + "/" + year)), headers);
    }

    @GET
    @Path("/versions/{number}")
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    @Operation(summary = "One published version")
    public Response version(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("number") int number, @Context HttpHeaders headers) {
        return represent(ReportVersion.of(dept, year, number)
                .orElseThrow(() -> ProblemException.notFound("No published version " + number)), headers);
    }

    private Response represent(ReportVersion version, HttpHeaders headers) {
        return ReportRepresentation.of(ReportRepresentation.content(version), version.number, headers, formats);
    }
}
