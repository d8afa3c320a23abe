package cn.perfeval.scoring.judgement;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The department's self-assessments (自评) of the scheme's judgement items, recorded by its editors (the access
 * matrix); every change is kept with who made it. The bureau confirms or adjusts them under {@code …/review}.
 */
@Path("/api/v1/departments/{dept}/years/{year}/judgements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Judgements", description = "The department's self-assessed verdicts with evidence for judgement items")
public class JudgementResource {

    private final JudgementService judgements;
    private final Caller caller;

    public JudgementResource(JudgementService judgements, Caller caller) {
        this.judgements = judgements;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The current self-assessed verdicts of an evaluation")
    public List<JudgementView> judgements(@PathParam("dept") String dept, @PathParam("year") int year) {
        return Judgement.of(dept, year).stream().map(JudgementView::of).toList();
    }

    @PUT
    @Path("/{item}")
    @Operation(summary = "Self-assess one judgement item (points, reasoning, evidence); a review decision on the "
            + "previous self-assessment then no longer applies")
    @APIResponseSchema(value = JudgementView.class, responseDescription = "The verdict as recorded")
    @APIResponse(responseCode = "404", description = "The scheme has no such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The item is computed from data, not judged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JudgementView record(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("item") String item, @Valid @NotNull JudgementRequest request) {
        return JudgementView.of(judgements.record(dept, year, item, request, caller.name()));
    }

    @GET
    @Path("/{item}/history")
    @Operation(summary = "Every version of one verdict, with who changed it and when")
    public List<JudgementHistoryEntry> judgementHistory(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("item") String item) {
        return judgements.history(dept, year, item);
    }
}
