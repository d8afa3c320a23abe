package cn.perfeval.report.publication;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.report.rendering.ReportContent;
import cn.perfeval.report.rendering.ReportDocument;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The department's own view: the draft, private to the department and the bureau, which shows every change at once.
 * Nobody publishes by hand: the bureau's approval publishes (docs/yearly-cycle.md), and the public versions are
 * listed here as on the public pages.
 */
@Path("/api/v1/departments/{dept}/years/{year}/report")
@SecurityRequirement(name = "bearer")
@Tag(name = "Report", description = "The draft report and the list of public versions")
public class ReportResource {

    private final ReportFormats formats;
    private final PublicationService publications;

    public ReportResource(ReportFormats formats, PublicationService publications) {
        this.formats = formats;
        this.publications = publications;
    }

    @GET
    @Produces(ReportFormats.MEDIA_TYPES)
    @Operation(summary = "The draft report: the newest scorecard with the current narrative, approved or not (format by Accept)")
    @APIResponseSchema(value = ReportDocument.class, responseDescription = "The draft as JSON (this schema), HTML, Markdown, DOCX or PDF")
    public Response draft(@PathParam("dept") String dept, @PathParam("year") int year, @Context HttpHeaders headers) {
        return ReportRepresentation.of(ReportRepresentation.byAccept(formats, headers), draftContent(dept, year), null,
                dept + "-" + year + "-draft");
    }

    @GET
    @Path("/draft.{ext: [a-zA-Z]+}")
    @Produces(ReportFormats.MEDIA_TYPES)
    @Operation(summary = "The draft report in the format the extension names (.html .json .md .docx .pdf)")
    @APIResponseSchema(value = ReportDocument.class, responseDescription = "The draft as JSON (this schema), HTML, Markdown, DOCX or PDF")
    public Response draftAs(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("ext") String ext) {
        ReportFormat format = ReportRepresentation.byExtension(formats, ext);
        return ReportRepresentation.of(format, draftContent(dept, year), null, dept + "-" + year + "-draft");
    }

    private ReportContent draftContent(String dept, int year) {
        return publications.draft(dept, year)
                .orElseThrow(() -> ProblemException.notFound(PublicationMessages.NO_SCORECARD.with(dept, year)));
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every public version (each answered an approval), oldest first")
    public List<ReportVersionView> draftVersions(@PathParam("dept") String dept, @PathParam("year") int year) {
        return ReportVersion.history(dept, year).stream().map(ReportVersionView::of).toList();
    }
}
