package cn.perfeval.scoring.rectification;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.Caller;
import cn.perfeval.scoring.queryparams.Paging;
import cn.perfeval.scoring.rectification.task.TaskState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rectification tasks (整改任务) of an evaluation (docs/monitoring.md): opened from a problem of the year's report or
 * a red light of a monitoring round, closed once with evidence; who may do what is the access matrix.
 */
@Path("/api/v1/departments/{dept}/years/{year}/rectification/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Rectification", description = "Tasks that rectify report problems and red lights, carried into the next year")
public class RectificationResource {

    private final RectificationService tasks;
    private final Caller caller;

    public RectificationResource(RectificationService tasks, Caller caller) {
        this.tasks = tasks;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Open a rectification task for a report problem (an item with a deduction in the latest "
            + "scorecard) or a red light of a monitoring round")
    @APIResponseSchema(value = TaskView.class, responseCode = "201", responseDescription = "The task as opened")
    @APIResponse(responseCode = "422", description = "The reference is malformed or names no deduction or red light, "
            + "or the due date lies before the problem", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Response openRectificationTask(@PathParam("dept") @Parameter(example = "GZHPF") String dept,
            @PathParam("year") @Parameter(example = "2023") int year, @Valid @NotNull OpenTaskRequest request,
            @Context UriInfo uri) {
        TaskView task = tasks.open(dept, year, request, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(task.id())).build())
                .entity(task).build();
    }

    @GET
    @Operation(summary = "The evaluation's rectification tasks, oldest first, optionally of one state, paged")
    public TaskPage rectificationTasks(@PathParam("dept") @Parameter(example = "GZHPF") String dept,
            @PathParam("year") @Parameter(example = "2023") int year,
            @QueryParam("state") @Parameter(description = "OPEN or CLOSED; every state when absent") String state,
            @QueryParam("page") @Parameter(description = "0-based page number", example = "0") String page,
            @QueryParam("size") @Parameter(description = "Tasks per page (1-500)", example = "50") String size) {
        return tasks.tasks(dept, year, state(state), Paging.page(page), Paging.size(size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rectification task")
    @APIResponseSchema(value = TaskView.class, responseDescription = "The task")
    public TaskView rectificationTask(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("id") long id) {
        return tasks.task(dept, year, id);
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close a rectification task with evidence; a closed task stays closed")
    @APIResponseSchema(value = TaskView.class, responseDescription = "The task as closed")
    @APIResponse(responseCode = "409", description = "The task is closed already", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskView closeRectificationTask(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("id") long id, @Valid @NotNull CloseTaskRequest request) {
        return tasks.close(dept, year, id, request, caller.name());
    }

    private static TaskState state(String state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        return Arrays.stream(TaskState.values()).filter(known -> known.name().equals(state)).findFirst()
                .orElseThrow(() -> ProblemException.validation("state", "must be one of "
                        + Arrays.toString(TaskState.values())));
    }
}
