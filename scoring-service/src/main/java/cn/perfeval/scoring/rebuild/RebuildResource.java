package cn.perfeval.scoring.rebuild;

import cn.perfeval.platform.problem.Problem;
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
    @Operation(summary = "Rebuild the fact projection by replaying the topics; follow its progress at /current")
    @APIResponseSchema(value = RebuildStatus.class, responseCode = "202", responseDescription = "Started")
    @APIResponse(responseCode = "409", description = "A rebuild is running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response startRebuild() {
        return Response.accepted(rebuild.start(caller.name())).build();
    }

    @GET
    @Path("/current")
    @Operation(summary = "Progress of the latest rebuild")
    public RebuildStatus currentRebuild() {
        return rebuild.status();
    }
}
