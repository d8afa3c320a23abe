package cn.perfeval.budget.execution.erp;

import cn.perfeval.budget.execution.service.ExpenditureLedger;
import cn.perfeval.budget.execution.service.ExpenditureView;
import cn.perfeval.budget.facts.ListPage;
import cn.perfeval.platform.idempotency.IdempotentWrites;
import cn.perfeval.platform.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ERP's expenditure ledger. The push takes the body as a stream (this path has the large body limit, see
 * BulkBodyLimits), so a 100,000-line push is never held in memory whole.
 */
@Path("/api/v1/departments/{dept}/years/{year}/budget/expenditures")
@SecurityRequirement(name = "bearer")
@Tag(name = "ERP expenditure ingestion", description = "Bulk expenditure lines (万元) as JSON or CSV, streamed, idempotent")
public class ExpenditureResource {

    static final String CSV = "text/csv";

    private final ExpenditureIngestion ingestion;
    private final ExpenditureLedger ledger;
    private final IdempotentWrites idempotency;
    private final ObjectMapper mapper;

    public ExpenditureResource(ExpenditureIngestion ingestion, ExpenditureLedger ledger, IdempotentWrites idempotency,
                               ObjectMapper mapper) {
        this.ingestion = ingestion;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push expenditure lines (upsert by lineId), JSON array or CSV",
            description = "Columns/fields: lineId, date (in the fiscal year), amount (万元, ≥ 0), category "
                    + "(BASIC_PERSONNEL, BASIC_PUBLIC_FUNDS, PROJECT), projectCode (PROJECT lines only, a known budget "
                    + "project). By default one bad line rejects the push (400 with a result per rejected line, nothing "
                    + "written); mode=per-line commits the good lines. One push publishes at most one budget-events event.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                example = "[{\"lineId\": \"EXP-2023-000001\", \"date\": \"2023-03-15\", \"amount\": 12.50,"
                        + " \"category\": \"PROJECT\", \"projectCode\": \"PRJ-2023-07\"}]"),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                example = "lineId,date,amount,category,projectCode\nEXP-2023-000001,2023-03-15,12.50,PROJECT,PRJ-2023-07")})
    @APIResponse(responseCode = "200", description = "Ingested",
            content = @Content(schema = @Schema(implementation = IngestionResult.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body, format or mode",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body above the bulk limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response push(@PathParam("dept") String dept, @PathParam("year") int year,
            @QueryParam("mode") @Parameter(description = "all-or-nothing (default) or per-line") String mode,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType, InputStream body) {
        IngestionMode ingestionMode = IngestionMode.of(mode);
        boolean csv = contentType != null && contentType.toLowerCase().startsWith(CSV);
        // A key names one push to this ledger: the same key with another format or mode is a conflict, not a new push.
        String scope = "budget-expenditures:" + dept + ":" + year;
        String options = ingestionMode + " " + (csv ? "csv" : "json");
        return idempotency.executeStreamed(scope, idempotencyKey, options, body, stream -> {
            LineSource lines = csv ? new CsvLineSource(stream) : new JsonLineSource(stream, mapper);
            return Response.ok(ingestion.ingest(dept, year, lines, ingestionMode)).type(MediaType.APPLICATION_JSON).build();
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The stored expenditure lines, by line id")
    public ListPage<ExpenditureView> expenditures(@PathParam("dept") String dept, @PathParam("year") int year,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return new ListPage<>(ledger.page(dept, year, page, size), page, size, ledger.count(dept, year));
    }
}
