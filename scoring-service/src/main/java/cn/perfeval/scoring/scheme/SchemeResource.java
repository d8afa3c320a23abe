package cn.perfeval.scoring.scheme;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.Caller;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.platform.jobs.JobView;
import cn.perfeval.platform.jobs.Jobs;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/schemes")
@SecurityRequirement(name = "bearer")
@Tag(name = "Schemes", description = "Scoring schemes (评分标准) as versioned data")
public class SchemeResource {

    private final SchemeCatalog catalog;
    private final SchemeRescore rescore;
    private final Caller caller;

    public SchemeResource(SchemeCatalog catalog, SchemeRescore rescore, Caller caller) {
        this.catalog = catalog;
        this.rescore = rescore;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every stored scheme version, oldest first per scheme")
    public List<SchemeSummary> schemes() {
        return catalog.list().stream().map(row -> new SchemeSummary(row.schemeId(), row.version(), row.name(),
                row.schemeId().equals(catalog.defaultSchemeId()), row.createdBy(), row.createdAt())).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Produces({ "application/yaml", MediaType.TEXT_PLAIN })
    @Operation(summary = "A scheme version's document, exactly as stored")
    @APIResponse(responseCode = "200", description = "The scheme document (YAML or JSON, as it was added)",
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)))
    public Response schemeDocument(@PathParam("id") String id, @PathParam("version") String version) {
        return Response.ok(catalog.find(id, version)
                .orElseThrow(() -> ProblemException.notFound("No scheme " + id + " version " + version)).document())
                .type("application/yaml; charset=UTF-8").build();
    }

    @POST
    @Consumes({ "application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a scheme version (YAML or JSON). Rejected with every problem named when items do not add "
            + "up, a rule is unknown or a parameter or fact is invalid. A version of the default scheme rescores every "
            + "evaluation under it in the background, as a job whose progress Location names (another scheme's job has "
            + "nothing to do); the version is at /api/v1/schemes/{id}/versions/{version}.")
    @RequestBody(required = true, description = "The whole scheme, as the shipped schemes/guangzhou-2023.yaml writes it",
            content = {
                @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING), example = SCHEME_YAML),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING),
                        example = SCHEME_JSON)})
    @APIResponse(responseCode = "202", description = "Stored; Location names the job rescoring every evaluation under "
            + "it, the body is its progress (subject: id:version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Invalid scheme; errors name the items",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "That id and version exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addScheme(String document) {
        if (document == null || document.isBlank()) {
            throw ProblemException.validation("body", "send the scheme document (YAML or JSON)");
        }
        JobView job = rescore.add(document, caller.name());
        return Response.accepted(job).location(Jobs.location(job.id())).build();
    }

    /** The beginning of a scheme document, for the OpenAPI examples: the rest lists every item likewise. */
    private static final String SCHEME_YAML = """
            id: guangzhou-2023
            version: "2"
            name: 广州市市级部门整体支出绩效自评评分标准（2023年度）
            dimensions:
              - {code: performance, name: 履职效能, max: 50}
              - {code: management, name: 管理效率, max: 50}
            items:
              - code: output-indicators
                name: 产出指标完成情况
                dimension: performance
                max: 20
                rule: indicator-group-credit
                params: {kinds: [OUTPUT, COST], flagAbovePercent: 150}
            """;
    private static final String SCHEME_JSON = "{\"id\": \"guangzhou-2023\", \"version\": \"2\", \"name\": \"…\","
            + " \"dimensions\": [{\"code\": \"performance\", \"name\": \"履职效能\", \"max\": 50}],"
            + " \"items\": [{\"code\": \"output-indicators\", \"name\": \"产出指标完成情况\", \"dimension\":"
            + " \"performance\", \"max\": 20, \"rule\": \"indicator-group-credit\", \"params\": {\"kinds\":"
            + " [\"OUTPUT\", \"COST\"]}}]}";

    public record SchemeSummary(String id, String version, String name, boolean isDefault, String createdBy,
            OffsetDateTime createdAt) {
    }
}
