package cn.perfeval.indicator.goals;

import cn.perfeval.platform.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{dept}/years/{year}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Goals", description = "部门整体绩效目标 and 年度重点工作任务")
public class GoalsResource {

    private final GoalsService goals;

    public GoalsResource(GoalsService goals) {
        this.goals = goals;
    }

    @GET
    @Operation(summary = "The evaluation's overall goal and key tasks")
    public GoalsView goals(@PathParam("dept") String dept, @PathParam("year") int year) {
        return goals.find(dept, year).orElseThrow(() -> ProblemException.notFound("No goals for " + dept + "/" + year));
    }

    @PUT
    @Operation(summary = "Replace the overall goal and the key tasks (in the order given)")
    public GoalsView replaceGoals(@PathParam("dept") String dept, @PathParam("year") int year, @Valid @NotNull GoalsRequest request) {
        return goals.replace(dept, year, request);
    }
}
