package cn.perfeval.report.publication;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.report.rendering.ReportDocument;
import cn.perfeval.report.rendering.ReportFormat;
import cn.perfeval.report.rendering.ReportFormats;
import io.vertx.core.Vertx;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Published reports are public (信息公开): no token needed. Only versions that answered the bureau's approval appear
 * here (404 until the first approval); drafts never do. The format is chosen by
 * extension ({@code /reports/GZHPF/2023.pdf}) or, without one, by the Accept header (HTML by default). Pages come
 * rendered from {@link PublishedPages} with a strong ETag, so a caller holding the current page gets a 304; a page
 * already rendered is answered on the event loop without blocking.
 */
@Path("/reports/{dept}")
@Tag(name = "Public reports")
@APIResponse(responseCode = "404", description = "Not approved yet, or no such version or format",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "PDF requested but no CJK font is installed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the ETag of this page")
public class PublicReportResource {

    /** The latest version changes with every approval that changes the content: caches may keep it but must revalidate (ETag) each time. */
    private static final String LATEST = "no-cache";
    /** A numbered version never changes; the hour bounds how long a new deployment's layout takes to show. */
    private static final String NUMBERED = "public, max-age=3600";

    private final PublishedPages pages;
    private final ReportFormats formats;

    public PublicReportResource(PublishedPages pages, ReportFormats formats) {
        this.pages = pages;
        this.formats = formats;
    }

    @GET
    @Path("/{year: \\d{4}}")
    @Produces(ReportFormats.MEDIA_TYPES)
    @Operation(summary = "The latest approved version (HTML, JSON, Markdown, DOCX or PDF by Accept)")
    @APIResponseSchema(value = ReportDocument.class, responseDescription = "The report as JSON (this schema), HTML, Markdown, DOCX or PDF")
    public CompletionStage<Response> latestReport(@PathParam("dept") String dept, @PathParam("year") int year,
            @Context HttpHeaders headers, @Context Request request) {
        ReportFormat format = ReportRepresentation.byAccept(formats, headers);
        return answer(pages.renderedLatest(dept, year, format), () -> latestPage(dept, year, format),
                new Serving(LATEST, true, request));
    }

    @GET
    @Path("/{year: \\d{4}}.{ext: [a-zA-Z]+}")
    @Produces(ReportFormats.MEDIA_TYPES)
    @Operation(summary = "The latest approved version in the format the extension names (.html .json .md .docx .pdf)")
    @APIResponseSchema(value = ReportDocument.class, responseDescription = "The report as JSON (this schema), HTML, Markdown, DOCX or PDF")
    public CompletionStage<Response> latestReportAs(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("ext") @Parameter(example = "pdf") String ext, @Context Request request) {
        ReportFormat format = ReportRepresentation.byExtension(formats, ext);
        return answer(pages.renderedLatest(dept, year, format), () -> latestPage(dept, year, format),
                new Serving(LATEST, false, request));
    }

    @GET
    @Path("/{year: \\d{4}}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every approved (public) version, oldest first")
    @APIResponseSchema(value = ReportVersionView[].class, responseDescription = "Number, content hash, scorecard version and time of each")
    public List<ReportVersionView> publishedVersions(@PathParam("dept") String dept, @PathParam("year") int year) {
        return ReportVersion.history(dept, year).stream().map(ReportVersionView::of).toList();
    }

    @GET
    @Path("/{year: \\d{4}}/versions/{number: \\d{1,9}}")
    @Produces(ReportFormats.MEDIA_TYPES)
    @Operation(summary = "One approved (public) version (format by Accept)")
    @APIResponseSchema(value = ReportDocument.class, responseDescription = "The report as JSON (this schema), HTML, Markdown, DOCX or PDF")
    public CompletionStage<Response> publishedVersion(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("number") int number, @Context HttpHeaders headers, @Context Request request) {
        ReportFormat format = ReportRepresentation.byAccept(formats, headers);
        return answer(pages.rendered(dept, year, number, format), () -> pages.page(dept, year, number, format),
                new Serving(NUMBERED, true, request));
    }

    @GET
    @Path("/{year: \\d{4}}/versions/{number: \\d{1,9}}.{ext: [a-zA-Z]+}")
    @Produces(ReportFormats.MEDIA_TYPES)
    @Operation(summary = "One published version in the format the extension names")
    @APIResponseSchema(value = ReportDocument.class, responseDescription = "The report as JSON (this schema), HTML, Markdown, DOCX or PDF")
    public CompletionStage<Response> publishedVersionAs(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("number") int number, @PathParam("ext") String ext, @Context Request request) {
        ReportFormat format = ReportRepresentation.byExtension(formats, ext);
        return answer(pages.rendered(dept, year, number, format), () -> pages.page(dept, year, number, format),
                new Serving(NUMBERED, false, request));
    }

    @GET
    @Path("/{year: \\d{4}}/diff")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What changed between two published versions (default: the latest and the one before)")
    @APIResponseSchema(value = ReportDiffView.class, responseDescription = "The sections and figures that changed")
    public ReportDiffView publishedDiff(@PathParam("dept") String dept, @PathParam("year") int year,
            @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        ReportVersion newer = to == null ? latestVersion(dept, year) : version(dept, year, to);
        int olderNumber = from == null ? newer.number - 1 : from;
        return ReportDiffView.of(version(dept, year, olderNumber), newer);
    }

    private static ReportVersion latestVersion(String dept, int year) {
        return ReportVersion.latest(dept, year)
                .orElseThrow(() -> ProblemException.notFound(PublicationMessages.NOT_PUBLISHED.with(dept, year)));
    }

    private static ReportVersion version(String dept, int year, int number) {
        return ReportVersion.of(dept, year, number)
                .orElseThrow(() -> ProblemException.notFound(PublicationMessages.NO_VERSION.with(number, dept, year)));
    }

    private PublishedPages.Page latestPage(String dept, int year, ReportFormat format) {
        return pages.page(dept, year, pages.latestNumber(dept, year), format);
    }

    /**
     * A page memory holds is answered at once, on the event loop that read the request: the public page under load
     * is then a map lookup and a write, with no hand-over to a worker thread and back (BENCHMARKS.md, the public page
     * at 1,000 connections). Any other page reads the database and renders on a worker thread of this request's
     * Vert.x context (which carries its CDI request context and logging context), and the answer returns to the event
     * loop. Both give the same response.
     */
    private static CompletionStage<Response> answer(Optional<PublishedPages.Page> rendered,
            Supplier<PublishedPages.Page> blockingPage, Serving serving) {
        if (rendered.isPresent()) {
            return CompletableFuture.completedFuture(serving.serve(rendered.get()));
        }
        return Vertx.currentContext().<Response>executeBlocking(() -> serving.serve(blockingPage.get()), false)
                .toCompletionStage();
    }

    /** How a page is served: its Cache-Control, whether its URL negotiates by Accept, and the caller's preconditions. */
    private record Serving(String cacheControl, boolean negotiated, Request request) {

        /**
         * The page, or 304 when the caller already holds these bytes (If-None-Match). A URL that negotiates by Accept
         * says so (Vary), so a shared cache never hands the JSON to someone who asked for HTML.
         */
        Response serve(PublishedPages.Page page) {
            Response.ResponseBuilder response = request.evaluatePreconditions(page.etag());
            if (response == null) {
                response = ReportRepresentation.named(Response.ok(page.body(), page.format().mediaType()),
                        page.format(), page.fileName());
            }
            response.tag(page.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl);
            if (negotiated) {
                response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            }
            return response.build();
        }
    }
}
