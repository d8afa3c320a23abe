package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The yearly cycle of one evaluation: its state and history, and the transitions people make. */
@Path("/api/v1/departments/{dept}/years/{year}/cycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Cycle", description = "填报中 → 已提交 → 退回 / 审核通过 → 已公开: submission, review and reopening")
@APIResponse(responseCode = "404", description = "No facts of this evaluation were ever reported",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CycleResource {

    private final EvaluationCycle cycle;
    private final Caller caller;

    public CycleResource(EvaluationCycle cycle, Caller caller) {
        this.cycle = cycle;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The evaluation's state, the transitions the caller may make now, and its history")
    @APIResponseSchema(value = CycleView.class, responseDescription = "The state and history")
    public CycleView cycle(@PathParam("dept") String dept, @PathParam("year") int year) {
        return cycle.view(dept, year, caller.roles());
    }

    @POST
    @Path("/submission")
    @Operation(summary = "Submit the evaluation (the department certifies its facts as scored); pins the latest scorecard")
    @APIResponseSchema(value = CycleView.class, responseDescription = "Submitted")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state (allowedTransitions), or "
            + "facts are still being scored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Blocking findings or unexplained warnings remain (findings)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleView submitEvaluation(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @NotNull NoteRequest request) {
        return make(dept, year, Transition.SUBMIT, request.note());
    }

    @POST
    @Path("/return")
    @Operation(summary = "Return the submitted evaluation to the department, with the reason")
    @APIResponseSchema(value = CycleView.class, responseDescription = "Returned")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state (allowedTransitions)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleView returnEvaluation(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @NotNull ReasonRequest request) {
        return make(dept, year, Transition.RETURN, request.reason());
    }

    @POST
    @Path("/approval")
    @Operation(summary = "Approve the submitted evaluation; pins the latest scorecard, and report-service then "
            + "releases the public version")
    @APIResponseSchema(value = CycleView.class, responseDescription = "Approved")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state (allowedTransitions), or "
            + "facts are still being scored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleView approveEvaluation(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @NotNull NoteRequest request) {
        return make(dept, year, Transition.APPROVE, request.note());
    }

    @POST
    @Path("/reopening")
    @Operation(summary = "Reopen an approved or released evaluation for correction, with the reason")
    @APIResponseSchema(value = CycleView.class, responseDescription = "Reopened (填报中)")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state (allowedTransitions)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleView reopenEvaluation(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @NotNull ReasonRequest request) {
        return make(dept, year, Transition.REOPEN, request.reason());
    }

    private CycleView make(String dept, int year, Transition transition, String reason) {
        return cycle.transition(dept, year, transition, new Actor(caller.name(), transition.role()), reason,
                caller.roles());
    }
}
