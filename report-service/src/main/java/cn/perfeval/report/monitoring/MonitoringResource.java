package cn.perfeval.report.monitoring;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.report.publication.ReportRepresentation;
import cn.perfeval.report.rendering.OutlineFormat;
import cn.perfeval.report.rendering.ReportFormat;
import cn.perfeval.report.rendering.ReportFormats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * The monitoring reports (监控报告) of the rounds scoring-service published, for the department and the bureau (not
 * public). A report is negotiated like the draft report: HTML, Markdown, DOCX or PDF lay out the report, JSON is the
 * round itself as published.
 */
@Path("/api/v1/departments/{dept}/years/{year}/monitoring")
@SecurityRequirement(name = "bearer")
@Tag(name = "Monitoring", description = "The monitoring report of each monitoring round")
public class MonitoringResource {

    private final ReportFormats formats;
    private final MonitoringReports reports;

    public MonitoringResource(ReportFormats formats, MonitoringReports reports) {
        this.formats = formats;
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "monitoringReports", summary = "The monitoring rounds received, the newest as-of date "
            + "first, each with its light counts and the address of its report")
    public List<MonitoringRoundSummary> monitoringReports(@PathParam("dept") String dept,
            @PathParam("year") int year) {
        return reports.summaries(dept, year);
    }

    @GET
    @Path("/{asOf}/report")
    @Produces(ReportFormats.MEDIA_TYPES)
    @Operation(operationId = "monitoringReport", summary = "The monitoring report of the round of this as-of date "
            + "(format by Accept)")
    @APIResponseSchema(value = MonitoringRound.class, responseDescription = "The round as JSON (this schema), or the "
            + "report as HTML, Markdown, DOCX or PDF")
    @APIResponse(responseCode = "404", description = "No round of this as-of date has arrived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response monitoringReport(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("asOf") String asOf, @Context HttpHeaders headers) {
        ReportFormat format = ReportRepresentation.byAccept(formats, headers);
        LocalDate date = date(asOf);
        MonitoringRounds.StoredRound stored = reports.round(dept, year, date);
        if (!(format instanceof OutlineFormat layout)) {
            // The data format answers with the round exactly as scoring-service published it.
            return Response.ok(stored.document(), format.mediaType()).build();
        }
        byte[] body = layout.render(reports.outline(stored.round()));
        return ReportRepresentation.named(Response.ok(body, format.mediaType()), format,
                dept + "-" + year + "-monitoring-" + date).build();
    }

    static String reportPath(String dept, int year, LocalDate asOf) {
        return "/api/v1/departments/" + dept + "/years/" + year + "/monitoring/" + asOf + "/report";
    }

    private static LocalDate date(String asOf) {
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.validation("asOf", "not a date (yyyy-MM-dd): the as-of date of a monitoring round");
        }
    }
}
