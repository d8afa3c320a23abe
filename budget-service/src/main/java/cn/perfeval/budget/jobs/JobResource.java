package cn.perfeval.budget.jobs;

import cn.perfeval.platform.jobs.JobView;
import cn.perfeval.platform.jobs.Jobs;
import cn.perfeval.platform.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The progress of this service's background jobs (a calendar publication's re-judging), as the 202 of their start names. */
@Path(Jobs.PATH + "/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class JobResource {

    private final Jobs jobs;

    JobResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Operation(summary = "A background job's progress: items in all, done and failed, its state and first errors")
    @APIResponseSchema(value = JobView.class, responseDescription = "The job's progress")
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JobView budgetJob(@PathParam("id") @Parameter(description = "The job's id, from the Location of the 202",
            example = "3f2c5e0a-8d1b-4c7e-9a51-2b6f0d4e8c13", schema = @Schema(maxLength = 36)) String id) {
        return jobs.view(id);
    }
}
