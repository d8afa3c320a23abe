package cn.perfeval.budget.procurement.service;

import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.Size;
import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.budget.facts.Versioned;
import cn.perfeval.budget.messaging.FactSnapshot;
import cn.perfeval.budget.messaging.FactSnapshots;
import cn.perfeval.budget.facts.ListPage;
import cn.perfeval.budget.rest.PageRequest;
import cn.perfeval.budget.rest.VersionedResponses;
import cn.perfeval.platform.concurrency.IfMatch;
import cn.perfeval.platform.idempotency.IdempotentWrites;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Procurement records of an evaluation and their timeliness verdicts. One intention or contract is added with a POST
 * of it; lists are replaced as a whole with PUT, and contracts are also imported in bulk. Each list or document has
 * an ETag, its version (0 before it is first reported); a PUT may send it in If-Match.
 */
@Path("/api/v1/departments/{dept}/years/{year}/procurement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Procurement timeliness", description = "Intentions, award notices, contracts, SME reservation, complaints, verdicts")
public class ProcurementResource {

    static final String OCDS = "application/vnd.ocds+json";
    static final String CSV = "text/csv";
    private static final String RETRY_SAFE = "Retry-safe add: the same key and body return the first result; the same"
            + " key with another body is a 409";

    private final ProcurementWrites writes;
    private final FactStore store;
    private final TimelinessVerdicts verdicts;
    private final FactSnapshots snapshots;
    private final ProcurementSnapshotBuilder procurementFacts;
    private final IdempotentWrites idempotency;
    private final Caller caller;
    private final ObjectMapper mapper;

    public ProcurementResource(ProcurementWrites writes, FactStore store, TimelinessVerdicts verdicts,
                               FactSnapshots snapshots, ProcurementSnapshotBuilder procurementFacts,
                               IdempotentWrites idempotency, Caller caller, ObjectMapper mapper) {
        this.writes = writes;
        this.store = store;
        this.verdicts = verdicts;
        this.snapshots = snapshots;
        this.procurementFacts = procurementFacts;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Path("/verdicts")
    @Operation(summary = "The timeliness verdict of every record, with deadline and calendar version")
    public ListPage<VerdictView> verdicts(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @BeanParam PageRequest paging) {
        return verdicts.page(dept, year, paging.page, paging.size);
    }

    @GET
    @Path("/facts")
    @Operation(summary = "The procurement facts as published on procurement-events")
    public FactSnapshot facts(@PathParam("dept") String dept, @PathParam("year") int year) {
        return snapshots.current(procurementFacts, dept, year);
    }

    @GET
    @Path("/intentions")
    @Operation(summary = "Procurement projects and their intention disclosures")
    public RestResponse<ListPage<ProcurementIntention>> intentions(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.INTENTIONS, ProcurementIntention.class, paging);
    }

    @PUT
    @Path("/intentions")
    @Operation(summary = "Replace the procurement intentions (disclosedOn null: not published)")
    @APIResponse(responseCode = "422", description = "A deadline falls in a year without a working-day calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = ProcurementIntention[].class, responseDescription = "The intentions as stored; ETag: the list's new version")
    public RestResponse<List<ProcurementIntention>> replaceIntentions(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.ITEMS) List<ProcurementIntention> intentions) {
        return VersionedResponses.ok(writes.replaceIntentions(dept, year, intentions, IfMatch.version(ifMatch), caller.name()));
    }

    @POST
    @Path("/intentions")
    @Operation(summary = "Add one procurement intention (a project code not listed yet; disclosedOn null: not published)")
    @APIResponse(responseCode = "201", description = "The intention as stored; ETag: the list's new version",
            content = @Content(schema = @Schema(implementation = ProcurementIntention.class)))
    @APIResponse(responseCode = "409", description = "The project code is listed already, or the Idempotency-Key was used with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A deadline falls in a year without a working-day calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addIntention(@PathParam("dept") String dept, @PathParam("year") int year,
            @HeaderParam(IdempotentWrites.HEADER) @Parameter(description = RETRY_SAFE) String idempotencyKey, @NotNull @Valid ProcurementIntention intention) {
        return addOne("procurement-intention:" + dept + ":" + year, idempotencyKey, intention,
                actor -> writes.addIntention(dept, year, intention, actor));
    }

    @GET
    @Path("/award-notices")
    @Operation(summary = "Award and transaction notices")
    public RestResponse<ListPage<AwardNotice>> notices(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.AWARD_NOTICES, AwardNotice.class, paging);
    }

    @PUT
    @Path("/award-notices")
    @Operation(summary = "Replace the award and transaction notices (issue dates in the fiscal year)")
    @APIResponse(responseCode = "422", description = "A deadline falls in a year without a working-day calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = AwardNotice[].class, responseDescription = "The notices as stored; ETag: the list's new version")
    public RestResponse<List<AwardNotice>> replaceNotices(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.ITEMS) List<AwardNotice> notices) {
        return VersionedResponses.ok(writes.replaceNotices(dept, year, notices, IfMatch.version(ifMatch), caller.name()));
    }

    @GET
    @Path("/contracts")
    @Operation(summary = "Procurement contracts")
    public RestResponse<ListPage<ProcurementContract>> contracts(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.CONTRACTS, ProcurementContract.class, paging);
    }

    @PUT
    @Path("/contracts")
    @Operation(summary = "Replace the contracts; signing before the notice is rejected")
    @APIResponse(responseCode = "422", description = "A deadline falls in a year without a working-day calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = ProcurementContract[].class, responseDescription = "The contracts as stored; ETag: the list's new version")
    public RestResponse<List<ProcurementContract>> replaceContracts(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.ITEMS) List<ProcurementContract> contracts) {
        return VersionedResponses.ok(writes.replaceContracts(dept, year, contracts, IfMatch.version(ifMatch), caller.name()));
    }

    @POST
    @Path("/contracts")
    @Operation(summary = "Add one contract (an id not listed yet); signing before the notice is rejected")
    @APIResponse(responseCode = "201", description = "The contract as stored; ETag: the list's new version",
            content = @Content(schema = @Schema(implementation = ProcurementContract.class)))
    @APIResponse(responseCode = "409", description = "The contract id is listed already, or the Idempotency-Key was used with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A deadline falls in a year without a working-day calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addContract(@PathParam("dept") String dept, @PathParam("year") int year,
            @HeaderParam(IdempotentWrites.HEADER) @Parameter(description = RETRY_SAFE) String idempotencyKey, @NotNull @Valid ProcurementContract contract) {
        return addOne("procurement-contract:" + dept + ":" + year, idempotencyKey, contract,
                actor -> writes.addContract(dept, year, contract, actor));
    }

    @POST
    @Path("/contracts/import")
    @Consumes({MediaType.APPLICATION_JSON, CSV, OCDS})
    @Operation(summary = "Bulk import of contracts (added or replaced by id) from CSV, a JSON array, or an OCDS release package",
            description = "CSV header: contractId,projectCode,awardNoticeId,awardNoticeIssuedOn,signedOn,filedOn,amount,smeAmount."
                    + " OCDS (Content-Type application/vnd.ocds+json): awards.date → notice date, contracts.dateSigned →"
                    + " signing date, contracts.value.amount in 元; the filing date from the contract's extension field filedOn.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING),
                example = "[{\"contractId\": \"HT-2023-02\", \"projectCode\": \"PRJ-2023-07\", \"awardNoticeId\":"
                        + " \"ZB-2023-02\", \"awardNoticeIssuedOn\": \"2023-06-28\", \"signedOn\": \"2023-07-28\","
                        + " \"filedOn\": \"2023-07-31\", \"amount\": 86.40, \"smeAmount\": 86.40}]"),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                example = "contractId,projectCode,awardNoticeId,awardNoticeIssuedOn,signedOn,filedOn,amount,smeAmount\n"
                        + "HT-2023-02,PRJ-2023-07,ZB-2023-02,2023-06-28,2023-07-28,2023-07-31,86.40,86.40"),
        @Content(mediaType = OCDS, schema = @Schema(type = SchemaType.STRING))})
    @APIResponseSchema(value = ContractImport.class, responseDescription = "How many contracts were added or replaced")
    @APIResponse(responseCode = "422", description = "A deadline falls in a year without a working-day calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importContracts(@PathParam("dept") String dept, @PathParam("year") int year,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType, String body) {
        String type = contentType == null ? MediaType.APPLICATION_JSON : contentType.toLowerCase();
        // A key names one import: the same key with the same text sent as another format is another request (409).
        return idempotency.execute("procurement-contracts:" + dept + ":" + year, idempotencyKey,
                IdempotentWrites.fingerprint(type, body), () -> {
                    List<ProcurementContract> contracts = read(type, body == null ? "" : body);
                    int imported = writes.importContracts(dept, year, contracts, caller.name());
                    return Response.ok(new ContractImport(imported)).build();
                });
    }

    @GET
    @Path("/complaints")
    @Operation(summary = "Procurement complaints")
    public RestResponse<ListPage<ProcurementComplaint>> complaints(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.COMPLAINTS, ProcurementComplaint.class, paging);
    }

    @PUT
    @Path("/complaints")
    @Operation(summary = "Replace the procurement complaints (an empty list: none)")
    public RestResponse<List<ProcurementComplaint>> replaceComplaints(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.TEXT_ITEMS) List<ProcurementComplaint> complaints) {
        return VersionedResponses.ok(writes.replaceComplaints(dept, year, complaints, IfMatch.version(ifMatch), caller.name()));
    }

    @GET
    @Path("/sme-reservation")
    @Operation(summary = "SME reservation: reserved vs actually bought")
    @APIResponse(responseCode = "404", description = "Not reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = SmeReservation.class, responseDescription = "The SME reservation; ETag: its version")
    public RestResponse<SmeReservation> sme(@PathParam("dept") String dept, @PathParam("year") int year) {
        return VersionedResponses.ok(store.versionedDocument(dept, year, FactKind.SME_RESERVATION, SmeReservation.class)
                .orElseThrow(() -> ProblemException.notFound("SME reservation of " + dept + " " + year + " not reported")));
    }

    @PUT
    @Path("/sme-reservation")
    @Operation(summary = "Set the SME reservation")
    public RestResponse<SmeReservation> putSme(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid SmeReservation sme) {
        return VersionedResponses.ok(writes.putSme(dept, year, sme, IfMatch.version(ifMatch), caller.name()));
    }

    private List<ProcurementContract> read(String type, String body) {
        try {
            if (type.startsWith(CSV)) {
                return ContractImportReader.csv(body);
            }
            if (type.startsWith(OCDS)) {
                return ContractImportReader.ocds(body, mapper);
            }
            return ContractImportReader.json(body, mapper);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body cannot be read: " + e.getMessage());
        }
    }

    /** A POST of one record: once per Idempotency-Key, answered 201 with the record and the list's new version. */
    private Response addOne(String scope, String idempotencyKey, Object record,
            Function<String, Versioned<?>> add) {
        return idempotency.execute(scope, idempotencyKey, idempotency.fingerprintOf(record),
                () -> VersionedResponses.created(add.apply(caller.name())));
    }

    private <T> RestResponse<ListPage<T>> page(String dept, int year, FactKind kind, Class<T> type, PageRequest paging) {
        return VersionedResponses.ok(store.versionedPage(dept, year, kind, type, paging.page, paging.size));
    }

    /** The answer to a contract import. */
    public record ContractImport(int imported) {
    }
}
