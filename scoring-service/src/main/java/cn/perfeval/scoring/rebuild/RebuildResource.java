package cn.perfeval.scoring.rebuild;

import cn.perfeval.platform.jobs.JobView;
import cn.perfeval.platform.jobs.Jobs;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/projection/rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class RebuildResource {

    private final ProjectionRebuild rebuild;
    private final Caller caller;

    public RebuildResource(ProjectionRebuild rebuild, Caller caller) {
        this.rebuild = rebuild;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Rebuild the fact projection by replaying the topics in the background; Location names the job "
            + "showing its progress (ranges of records replayed)")
    @APIResponse(responseCode = "202", description = "Started; Location names the job, the body is its progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response startRebuild() {
        JobView job = rebuild.start(caller.name());
        return Response.accepted(job).location(Jobs.location(job.id())).build();
    }

    @GET
    @Path("/current")
    @Operation(summary = "Progress of the latest rebuild, started on any instance")
    @APIResponseSchema(value = JobView.class, responseDescription = "The latest rebuild's job")
    @APIResponse(responseCode = "404", description = "No rebuild has run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JobView currentRebuild() {
        return rebuild.latest().orElseThrow(() -> ProblemException.notFound("No projection rebuild has run"));
    }
}
