package cn.perfeval.indicator.tree;

import cn.perfeval.platform.concurrency.IfMatch;
import cn.perfeval.platform.idempotency.IdempotentWrites;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{dept}/years/{year}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Indicators", description = "The three-level indicator tree with targets and actuals")
public class IndicatorResource {

    private final IndicatorService indicators;
    private final IndicatorMapper mapper;
    private final Caller caller;
    private final IdempotentWrites idempotent;
    private final ActualReadings readings;

    public IndicatorResource(IndicatorService indicators, IndicatorMapper mapper, Caller caller,
            IdempotentWrites idempotent, ActualReadings readings) {
        this.readings = readings;
        this.indicators = indicators;
        this.mapper = mapper;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(summary = "List indicators in table order, optionally of one level-1 category")
    public IndicatorPage list(@PathParam("dept") String dept, @PathParam("year") int year,
            @QueryParam("level1") @Parameter(description = "OUTPUT, BENEFIT, SATISFACTION, COST or the Chinese name") String level1,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        PanacheQuery<Indicator> query = level1 == null
                ? Indicator.find("departmentCode = ?1 and fiscalYear = ?2", Sort.by("ordinal").and("name"), dept, year)
                : Indicator.find("departmentCode = ?1 and fiscalYear = ?2 and level1 = ?3", Sort.by("ordinal").and("name"),
                        dept, year, IndicatorService.category(level1).name());
        return new IndicatorPage(query.page(Page.of(page, size)).list().stream().map(mapper::toView).toList(),
                page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One indicator; its ETag is its version")
    @APIResponseSchema(value = IndicatorView.class, responseDescription = "The indicator, with its version as ETag")
    public Response indicator(@PathParam("dept") String dept, @PathParam("year") int year, @PathParam("id") UUID id) {
        return withEtag(Response.ok(mapper.toView(indicators.find(dept, year, id))));
    }

    @POST
    @Operation(summary = "Create an indicator from its table wording")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "409", description = "An indicator of that name exists in the branch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("dept") String dept, @PathParam("year") int year,
            @HeaderParam(IdempotentWrites.HEADER) @Parameter(description = "Retry-safe create: the same key and body "
                    + "return the first result; the same key with another body is a 409") String idempotencyKey,
            @Valid @NotNull IndicatorRequest request, @Context UriInfo uri) {
        return idempotent.execute(dept + ":" + year + ":indicators", idempotencyKey, idempotent.fingerprintOf(request), () -> {
            IndicatorView created = indicators.create(dept, year, request);
            return withEtag(Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .entity(created));
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an indicator's definition (If-Match: its ETag, to avoid lost updates)")
    @APIResponseSchema(value = IndicatorView.class, responseDescription = "The indicator as stored, with its new ETag")
    @APIResponse(responseCode = "412", description = "The indicator changed since the ETag was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("dept") String dept, @PathParam("year") int year, @PathParam("id") UUID id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, @Valid @NotNull IndicatorRequest request) {
        return withEtag(Response.ok(indicators.update(dept, year, id, request, IfMatch.version(ifMatch))));
    }

    @PUT
    @Path("/{id}/actual")
    @Operation(summary = "Report the year-end actual (完成指标值) with its evidence")
    @APIResponseSchema(value = IndicatorView.class, responseDescription = "The indicator with its actual and completion")
    @APIResponse(responseCode = "412", description = "The indicator changed since the ETag was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reportActual(@PathParam("dept") String dept, @PathParam("year") int year, @PathParam("id") UUID id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, @Valid @NotNull ActualRequest request) {
        return withEtag(Response.ok(indicators.reportActual(dept, year, id, request, IfMatch.version(ifMatch),
                caller.name())));
    }

    @POST
    @Path("/actual-readings")
    @Operation(summary = "Read actuals as written (4.00万笔, 85%) as reporting them would, storing nothing",
            description = "For a what-if: each value is read against its indicator's target exactly as PUT …/{id}/actual"
                    + " reads it, and answered in the base unit. A value that cannot be read is a 400 naming actuals.<id>.")
    public Map<String, ActualReading> readActualsAsWritten(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @NotNull ActualReadingsRequest request) {
        return readings.read(dept, year, request.actuals());
    }

    @POST
    @Path("/{id}/progress")
    @Operation(summary = "Record a mid-year value (运行监控) with its date")
    @APIResponseSchema(value = IndicatorView.class, responseDescription = "The indicator with its progress history")
    public Response reportProgress(@PathParam("dept") String dept, @PathParam("year") int year, @PathParam("id") UUID id,
            @Valid @NotNull ProgressRequest request) {
        return withEtag(Response.ok(indicators.reportProgress(dept, year, id, request, caller.name())));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an indicator")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("dept") String dept, @PathParam("year") int year, @PathParam("id") UUID id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        indicators.delete(dept, year, id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    private static Response withEtag(Response.ResponseBuilder builder) {
        Response built = builder.build();
        if (built.getEntity() instanceof IndicatorView view) {
            return Response.fromResponse(built).tag(IfMatch.etag(view.version())).build();
        }
        return built;
    }
}
