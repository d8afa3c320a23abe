package cn.perfeval.report.publication;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.report.rendering.ReportFormat;
import cn.perfeval.report.rendering.ReportFormats;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Published reports are public (信息公开): no token needed. Drafts never appear here. The format is chosen by
 * extension ({@code /reports/GZHPF/2023.pdf}) or, without one, by the Accept header (HTML by default).
 */
@Path("/reports/{dept}")
@PermitAll
@Tag(name = "Public reports")
@APIResponse(responseCode = "404", description = "Not published, or no such version or format",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "PDF requested but no CJK font is installed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PublicReportResource {

    private final ReportFormats formats;

    public PublicReportResource(ReportFormats formats) {
        this.formats = formats;
    }

    @GET
    @Path("/{year: \\d{4}}")
    @Produces({ "text/html", "application/json", "text/markdown",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf" })
    @Operation(summary = "The latest published version (HTML, JSON, Markdown, DOCX or PDF by Accept)")
    public Response latest(@PathParam("dept") String dept, @PathParam("year") int year, @Context HttpHeaders headers) {
        return represent(latestVersion(dept, year), ReportRepresentation.byAccept(headers));
    }

    @GET
    @Path("/{year: \\d{4}}.{ext: [a-zA-Z]+}")
    @Produces({ "text/html", "application/json", "text/markdown",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf" })
    @Operation(summary = "The latest published version in the format the extension names (.html .json .md .docx .pdf)")
    public Response latestAs(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("ext") @Parameter(example = "pdf") String ext) {
        return represent(latestVersion(dept, year), ReportRepresentation.byExtension(ext));
    }

    @GET
    @Path("/{year: \\d{4}}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every published version, oldest first")
    public List<ReportVersionView> versions(@PathParam("dept") String dept, @PathParam("year") int year) {
        return ReportVersion.history(dept, year).stream().map(ReportVersionView::of).toList();
    }

    @GET
    @Path("/{year: \\d{4}}/versions/{number: \\d{1,9}}")
    @Produces({ "text/html", "application/json", "text/markdown",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf" })
    @Operation(summary = "One published version (format by Accept)")
    public Response version(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("number") int number, @Context HttpHeaders headers) {
        return represent(version(dept, year, number), ReportRepresentation.byAccept(headers));
    }

    @GET
    @Path("/{year: \\d{4}}/versions/{number: \\d{1,9}}.{ext: [a-zA-Z]+}")
    @Produces({ "text/html", "application/json", "text/markdown",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf" })
    @Operation(summary = "One published version in the format the extension names")
    public Response versionAs(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("number") int number, @PathParam("ext") String ext) {
        return represent(version(dept, year, number), ReportRepresentation.byExtension(ext));
    }

    @GET
    @Path("/{year: \\d{4}}/diff")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What changed between two published versions (default: the latest and the one before)")
    public ReportDiffView diff(@PathParam("dept") String dept, @PathParam("year") int year,
            @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        ReportVersion newer = to == null ? latestVersion(dept, year) : version(dept, year, to);
        int olderNumber = from == null ? newer.number - 1 : from;
        return ReportDiffView.of(version(dept, year, olderNumber), newer);
    }

    private static ReportVersion latestVersion(String dept, int year) {
        return ReportVersion.latest(dept, year)
                .orElseThrow(() -> ProblemException.notFound("No published report for " + dept + "/" + year));
    }

    private static ReportVersion version(String dept, int year, int number) {
        return ReportVersion.of(dept, year, number)
                .orElseThrow(() -> ProblemException.notFound("No published version " + number + " of " + dept + "/"
                        + year));
    }

    private Response represent(ReportVersion version, ReportFormat format) {
        return ReportRepresentation.of(format, ReportRepresentation.content(version), version.number,
                version.departmentCode + "-" + version.fiscalYear + "-v" + version.number, formats);
    }
}
