package cn.perfeval.budget.execution.service;

import cn.perfeval.platform.text.TextLimits;
import jakarta.validation.constraints.Size;
import cn.perfeval.budget.execution.domain.Appropriation;
import cn.perfeval.budget.execution.domain.BudgetAdjustment;
import cn.perfeval.budget.execution.domain.BudgetProject;
import cn.perfeval.budget.execution.domain.BureauExecutionRate;
import cn.perfeval.budget.execution.domain.CarryOverBalance;
import cn.perfeval.budget.execution.domain.DeclaredBudgetSummary;
import cn.perfeval.budget.execution.domain.MonthlyExecutionRate;
import cn.perfeval.budget.execution.domain.ThreePublicExpenses;
import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.budget.messaging.ExecutionPaceSnapshot;
import cn.perfeval.budget.messaging.FactSnapshot;
import cn.perfeval.budget.messaging.FactSnapshots;
import cn.perfeval.budget.facts.ListPage;
import cn.perfeval.budget.rest.PageRequest;
import cn.perfeval.budget.rest.VersionedResponses;
import cn.perfeval.platform.concurrency.IfMatch;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The budget inputs of an evaluation other than the expenditure ledger. Lists are replaced as a whole with PUT
 * (an ERP synchronises its state; the same PUT twice changes nothing); amounts are 万元. Each list or document has
 * an ETag, its version (0 before it is first reported); a PUT may send it in If-Match to avoid lost updates.
 */
@Path("/api/v1/departments/{dept}/years/{year}/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Budget execution", description = "Appropriations, adjustments, projects, 三公, carry-over, execution rates, assets, and the derived summary")
public class BudgetResource {

    private final BudgetInputs inputs;
    private final FactStore store;
    private final FactSnapshots snapshots;
    private final BudgetSnapshotBuilder budgetFacts;
    private final ExecutionPaceSnapshotBuilder executionPace;
    private final Caller caller;

    public BudgetResource(BudgetInputs inputs, FactStore store, FactSnapshots snapshots,
                          BudgetSnapshotBuilder budgetFacts, ExecutionPaceSnapshotBuilder executionPace, Caller caller) {
        this.inputs = inputs;
        this.store = store;
        this.snapshots = snapshots;
        this.budgetFacts = budgetFacts;
        this.executionPace = executionPace;
        this.caller = caller;
    }

    @GET
    @Path("/summary")
    @Operation(summary = "The derived budget figures, the scoring facts (budget-events data) and reconciliation findings")
    public FactSnapshot summary(@PathParam("dept") String dept, @PathParam("year") int year) {
        return snapshots.current(budgetFacts, dept, year);
    }

    @GET
    @Path("/pace")
    @Operation(summary = "The execution pace (budget-events data): budget changes by date, spending per day and per "
            + "project and month, the bureau's notified monthly rates", description = "As last published, with its "
            + "version (version 0 and the current content before the first publication). For mid-year monitoring.")
    public ExecutionPaceSnapshot executionPace(@PathParam("dept") String dept, @PathParam("year") int year) {
        return snapshots.current(executionPace, dept, year);
    }

    @GET
    @Path("/appropriations")
    @Operation(summary = "Initial budget lines (年初预算) by fund source")
    public RestResponse<ListPage<Appropriation>> appropriations(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.APPROPRIATIONS, Appropriation.class, paging);
    }

    @PUT
    @Path("/appropriations")
    @Operation(summary = "Replace the initial budget lines")
    public RestResponse<List<Appropriation>> replaceAppropriations(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.ITEMS) List<Appropriation> lines) {
        return replace(dept, year, ifMatch, FactKind.APPROPRIATIONS, lines, Appropriation::lineId, Appropriation.class);
    }

    @GET
    @Path("/adjustments")
    @Operation(summary = "Mid-year budget adjustments (increases and decreases, with date and document)")
    public RestResponse<ListPage<BudgetAdjustment>> adjustments(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.ADJUSTMENTS, BudgetAdjustment.class, paging);
    }

    @PUT
    @Path("/adjustments")
    @Operation(summary = "Replace the mid-year adjustments; dates must lie in the fiscal year")
    public RestResponse<List<BudgetAdjustment>> replaceAdjustments(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.ITEMS) List<BudgetAdjustment> lines) {
        return replace(dept, year, ifMatch, FactKind.ADJUSTMENTS, lines, BudgetAdjustment::lineId,
                BudgetAdjustment.class);
    }

    @GET
    @Path("/projects")
    @Operation(summary = "Second-level budget projects")
    public RestResponse<ListPage<BudgetProject>> projects(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.PROJECTS, BudgetProject.class, paging);
    }

    @PUT
    @Path("/projects")
    @Operation(summary = "Replace the budget projects (a project with expenditures cannot be dropped)")
    public RestResponse<List<BudgetProject>> replaceProjects(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.ITEMS) List<BudgetProject> lines) {
        return replace(dept, year, ifMatch, FactKind.PROJECTS, lines, BudgetProject::code, BudgetProject.class);
    }

    @GET
    @Path("/carry-over")
    @Operation(summary = "Carry-over and balances at the start and end of the year, by fund source")
    public RestResponse<ListPage<CarryOverBalance>> carryOver(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.CARRY_OVER, CarryOverBalance.class, paging);
    }

    @PUT
    @Path("/carry-over")
    @Operation(summary = "Replace the carry-over balances")
    public RestResponse<List<CarryOverBalance>> replaceCarryOver(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.ITEMS) List<CarryOverBalance> lines) {
        return replace(dept, year, ifMatch, FactKind.CARRY_OVER, lines, line -> line.source().name(),
                CarryOverBalance.class);
    }

    @GET
    @Path("/monthly-execution")
    @Operation(summary = "The bureau's monthly execution progress figures (%)")
    public RestResponse<ListPage<MonthlyExecutionRate>> monthlyExecution(@PathParam("dept") String dept,
            @PathParam("year") int year, @Valid @BeanParam PageRequest paging) {
        return page(dept, year, FactKind.MONTHLY_EXECUTION, MonthlyExecutionRate.class, paging);
    }

    @PUT
    @Path("/monthly-execution")
    @Operation(summary = "Replace the monthly execution figures; with all twelve and no bureau figure, the average is their mean")
    public RestResponse<List<MonthlyExecutionRate>> replaceMonthlyExecution(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid @Size(max = TextLimits.ITEMS) List<MonthlyExecutionRate> lines) {
        return replace(dept, year, ifMatch, FactKind.MONTHLY_EXECUTION, lines, line -> String.valueOf(line.month()),
                MonthlyExecutionRate.class);
    }

    @GET
    @Path("/bureau-execution-rate")
    @Operation(summary = "The bureau's annual average execution rate and its source document")
    @APIResponse(responseCode = "404", description = "Not reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = BureauExecutionRate.class, responseDescription = "The bureau's figure with its source document; ETag: its version")
    public RestResponse<BureauExecutionRate> bureauRate(@PathParam("dept") String dept, @PathParam("year") int year) {
        return document(dept, year, FactKind.BUREAU_EXECUTION_RATE, BureauExecutionRate.class);
    }

    @PUT
    @Path("/bureau-execution-rate")
    @Operation(summary = "Set the bureau's annual average execution rate (it takes precedence over monthly figures)")
    public RestResponse<BureauExecutionRate> putBureauRate(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid BureauExecutionRate rate) {
        return put(dept, year, ifMatch, FactKind.BUREAU_EXECUTION_RATE, rate);
    }

    @DELETE
    @Path("/bureau-execution-rate")
    @Operation(summary = "Clear the bureau's execution rate: the monthly figures drive the average execution rate again",
            description = "Clearing when no rate is set changes nothing. If-Match (optional) names the rate's version read.")
    @APIResponse(responseCode = "204", description = "No bureau rate now; ETag: the new version")
    public RestResponse<Void> clearBureauRate(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        long version = inputs.clear(dept, year, FactKind.BUREAU_EXECUTION_RATE, IfMatch.version(ifMatch));
        return RestResponse.ResponseBuilder.<Void>noContent().tag(IfMatch.etag(version)).build();
    }

    @GET
    @Path("/public-funds-budget")
    @Operation(summary = "Budgeted public funds (公用经费)")
    @APIResponse(responseCode = "404", description = "Not reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = PublicFundsBudget.class, responseDescription = "The budgeted public funds; ETag: its version")
    public RestResponse<PublicFundsBudget> publicFundsBudget(@PathParam("dept") String dept, @PathParam("year") int year) {
        return document(dept, year, FactKind.PUBLIC_FUNDS_BUDGET, PublicFundsBudget.class);
    }

    @PUT
    @Path("/public-funds-budget")
    @Operation(summary = "Set the budgeted public funds; the actual side is the BASIC_PUBLIC_FUNDS expenditure")
    public RestResponse<PublicFundsBudget> putPublicFundsBudget(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid PublicFundsBudget budget) {
        return put(dept, year, ifMatch, FactKind.PUBLIC_FUNDS_BUDGET, budget);
    }

    @GET
    @Path("/three-public")
    @Operation(summary = "\"三公\" expenses budgeted and actual")
    @APIResponse(responseCode = "404", description = "Not reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = ThreePublicExpenses.class, responseDescription = "The \"三公\" budget and actuals; ETag: its version")
    public RestResponse<ThreePublicExpenses> threePublic(@PathParam("dept") String dept, @PathParam("year") int year) {
        return document(dept, year, FactKind.THREE_PUBLIC, ThreePublicExpenses.class);
    }

    @PUT
    @Path("/three-public")
    @Operation(summary = "Set the \"三公\" expenses budgeted and actual")
    public RestResponse<ThreePublicExpenses> putThreePublic(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid ThreePublicExpenses expenses) {
        return put(dept, year, ifMatch, FactKind.THREE_PUBLIC, expenses);
    }

    @GET
    @Path("/declared-totals")
    @Operation(summary = "Totals declared elsewhere (final accounts), reconciled against the ERP's line items")
    @APIResponse(responseCode = "404", description = "Not reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = DeclaredBudgetSummary.class, responseDescription = "The totals as declared; ETag: its version")
    public RestResponse<DeclaredBudgetSummary> declaredTotals(@PathParam("dept") String dept, @PathParam("year") int year) {
        return document(dept, year, FactKind.DECLARED_TOTALS, DeclaredBudgetSummary.class);
    }

    @PUT
    @Path("/declared-totals")
    @Operation(summary = "Set the declared totals; a disagreement with the line items becomes a RECONCILIATION warning")
    public RestResponse<DeclaredBudgetSummary> putDeclaredTotals(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid DeclaredBudgetSummary totals) {
        return put(dept, year, ifMatch, FactKind.DECLARED_TOTALS, totals);
    }

    @GET
    @Path("/assets")
    @Operation(summary = "Fixed assets, disposal income and remittance, inventories, asset report quality")
    @APIResponse(responseCode = "404", description = "Not reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponseSchema(value = AssetsDocument.class, responseDescription = "The asset facts; ETag: their version")
    public RestResponse<AssetsDocument> assets(@PathParam("dept") String dept, @PathParam("year") int year) {
        return document(dept, year, FactKind.ASSETS, AssetsDocument.class);
    }

    @PUT
    @Path("/assets")
    @Operation(summary = "Set the asset facts")
    public RestResponse<AssetsDocument> putAssets(@PathParam("dept") String dept,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch,
            @NotNull @Valid AssetsDocument assets) {
        return put(dept, year, ifMatch, FactKind.ASSETS, assets);
    }

    private <T> RestResponse<List<T>> replace(String dept, int year, String ifMatch, FactKind kind, List<T> lines,
                                              Function<T, String> id, Class<T> type) {
        return VersionedResponses.ok(inputs.replace(dept, year, kind, lines, id, type, IfMatch.version(ifMatch),
                caller.name()));
    }

    private <T> RestResponse<T> put(String dept, int year, String ifMatch, FactKind kind, T document) {
        return VersionedResponses.ok(inputs.put(dept, year, kind, document, IfMatch.version(ifMatch), caller.name()));
    }

    private <T> RestResponse<ListPage<T>> page(String dept, int year, FactKind kind, Class<T> type, PageRequest paging) {
        return VersionedResponses.ok(store.versionedPage(dept, year, kind, type, paging.page, paging.size));
    }

    private <T> RestResponse<T> document(String dept, int year, FactKind kind, Class<T> type) {
        return VersionedResponses.ok(store.versionedDocument(dept, year, kind, type)
                .orElseThrow(() -> ProblemException.notFound(kind.entityType() + " of " + dept + " " + year + " not reported")));
    }
}
