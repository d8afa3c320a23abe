package cn.perfeval.scoring.validation;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Validation before submission: what still stops an evaluation from being submitted, and explaining warnings. */
@Path("/api/v1/departments/{dept}/years/{year}/validation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Validation", description = "Checks before submission (校验): blocking findings and warnings to explain")
public class ValidationResource {

    private final EvaluationValidation validation;
    private final Caller caller;

    public ValidationResource(EvaluationValidation validation, Caller caller) {
        this.validation = validation;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The evaluation's validation findings, their counts, and whether it may be submitted")
    @APIResponseSchema(value = ValidationReport.class, responseDescription = "The findings")
    @APIResponse(responseCode = "404", description = "No facts of this evaluation were ever reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ValidationReport validation(@PathParam("dept") String dept, @PathParam("year") int year) {
        return validation.validate(dept, year);
    }

    @PUT
    @Path("/explanations")
    @Operation(summary = "Explain a warning finding (e.g. why the execution rate is below 90%); it then no longer "
            + "stops the submission")
    @APIResponseSchema(value = ValidationReport.class, responseDescription = "The findings with the explanation")
    @APIResponse(responseCode = "422", description = "The finding is blocking, or there is no such finding now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ValidationReport explainWarning(@PathParam("dept") String dept, @PathParam("year") int year,
            @Valid @NotNull ExplanationRequest request) {
        return validation.explain(dept, year, request, caller.name());
    }
}
