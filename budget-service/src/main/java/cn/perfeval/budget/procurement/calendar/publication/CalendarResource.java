package cn.perfeval.budget.procurement.calendar.publication;

import cn.perfeval.budget.procurement.calendar.service.Calendars;
import cn.perfeval.budget.facts.ListPage;
import cn.perfeval.budget.rest.PageRequest;
import cn.perfeval.platform.concurrency.IfMatch;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jakarta.ws.rs.core.Response;
import cn.perfeval.platform.jobs.JobView;
import cn.perfeval.platform.jobs.Jobs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/calendars")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Working-day calendars", description = "State Council holiday arrangements (调休 included), one version per year")
public class CalendarResource {

    private final Calendars calendars;
    private final CalendarPublishing publishing;
    private final Caller caller;

    public CalendarResource(Calendars calendars, CalendarPublishing publishing, Caller caller) {
        this.calendars = calendars;
        this.publishing = publishing;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The calendars in force, by year")
    public ListPage<CalendarView> list(@Valid @BeanParam PageRequest paging) {
        List<CalendarView> all = calendars.all().stream().map(CalendarView::of).toList();
        return new ListPage<>(all.stream().skip((long) paging.page * paging.size).limit(paging.size).toList(),
                paging.page, paging.size, all.size());
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "One year's calendar; its ETag is its content hash")
    @APIResponse(responseCode = "404", description = "No calendar for that year (dates in it cannot be judged)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = CalendarView.class, responseDescription = "The calendar in force for the year; ETag: its content hash")
    public RestResponse<CalendarView> get(@PathParam("year") int year) {
        CalendarView calendar = calendars.of(year).map(CalendarView::of)
                .orElseThrow(() -> ProblemException.notFound("No working-day calendar for " + year));
        return RestResponse.ResponseBuilder.ok(calendar).tag(calendar.contentHash()).build();
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a year's calendar (admin); verdicts that used the year are re-judged in the background",
            description = "Body: {year, version, notice:{number,title,issuedOn}, holidays:[{name,offFrom,offTo,worked:[…]}]}."
                    + " A new calendar is in force at once: every evaluation with a verdict that used the year is"
                    + " re-judged and republished by a job whose progress Location names (ETag: the calendar's content"
                    + " hash). The same document again changes nothing (its job has nothing to do); other content needs a"
                    + " new version label. If-Match (optional): the ETag of the calendar being replaced.")
    @APIResponse(responseCode = "202", description = "In force; Location names the job re-judging the evaluations that"
            + " used the year, the body is its progress (subject: year:version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "The version label exists with other content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CalendarView.class))) String document) {
        JobView rejudging = publishing.publish(year, document, IfMatch.tag(ifMatch), caller.name());
        return Response.accepted(rejudging).location(Jobs.location(rejudging.id()))
                .tag(get(year).getEntity().contentHash()).build();
    }
}
