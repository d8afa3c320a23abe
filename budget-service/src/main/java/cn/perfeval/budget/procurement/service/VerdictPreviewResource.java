package cn.perfeval.budget.procurement.service;

import jakarta.validation.Valid;

import cn.perfeval.platform.problem.Problem;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** What-if for procurement timeliness: the verdicts other dates would get. Reading access is enough; nothing changes. */
@Path("/api/v1/departments/{dept}/years/{year}/procurement/verdict-previews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Procurement timeliness", description = "Intentions, award notices, contracts, SME reservation, complaints, verdicts")
public class VerdictPreviewResource {

    private final VerdictPreviews previews;

    public VerdictPreviewResource(VerdictPreviews previews) {
        this.previews = previews;
    }

    @POST
    @Operation(summary = "The verdicts these contract or intention dates would get on the current calendars; nothing is stored",
            description = "A proposal replaces the dates it gives of a recorded contract (by contractId) or intention (by"
                    + " projectCode); hypothetical: true judges one that is not recorded. The answer has one verdict per"
                    + " record and rule, with the recorded verdict's outcome beside it.")
    @APIResponseSchema(value = VerdictPreview.class, responseDescription = "The previewed verdicts")
    @APIResponse(responseCode = "400", description = "Unknown record, a missing or out-of-year date, or dates in an"
            + " impossible order (signed before the notice); the problem names the record and field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A deadline falls in a year without a working-day calendar; the"
            + " problem names the record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerdictPreview preview(@PathParam("dept") String dept, @PathParam("year") int year,
            @NotNull @Valid VerdictPreviewRequest request) {
        return previews.preview(dept, year, request);
    }
}
