package cn.perfeval.report.narrative;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.security.Caller;
import cn.perfeval.report.rendering.NarrativeKeys;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Narrative sections of the report, written by the department's people: fixed sections (部门职能, 主要工作成效 …),
 * edits of drafted problems and measures ({@code problem.<kind>}, {@code measure.<kind>}, kinds as listed in the
 * draft's {@code findings}), and item explanations ({@code item.<item code>}).
 */
@Path("/api/v1/departments/{dept}/years/{year}/report/narrative")
@SecurityRequirement(name = "bearer")
@Tag(name = "Report narrative", description = "Sections people write; every write is a revision")
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeResource {

    private final Caller caller;
    private final NarrativeService narrative;
    private final NarrativeStore store;

    public NarrativeResource(Caller caller, NarrativeService narrative, NarrativeStore store) {
        this.caller = caller;
        this.narrative = narrative;
        this.store = store;
    }

    @GET
    @Operation(summary = "Every fixed section and every section ever written, with its current revision")
    public List<NarrativeRevision> sections(@PathParam("dept") String dept, @PathParam("year") int year) {
        Map<String, NarrativeRevision> byKey = new TreeMap<>();
        NarrativeKeys.fixedSections().keySet().forEach(key -> byKey.put(key, new NarrativeRevision(key, 0, null, null, null)));
        store.latestRevisions(dept, year).forEach(revision -> byKey.put(revision.key(), revision));
        return new ArrayList<>(byKey.values());
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "The current revision of a section (revision 0 when never written)")
    public NarrativeRevision section(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("key") @Parameter(example = "achievements") String key) {
        return narrative.current(dept, year, key);
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a section (a new revision): the draft shows it at once, the next approval publishes it")
    @APIResponseSchema(value = NarrativeRevision.class, responseDescription = "The revision now current")
    @APIResponse(responseCode = "400", description = "Blank, too long or malformed text; nothing is written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NarrativeRevision write(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("key") String key, NarrativeRequest request) {
        return narrative.write(dept, year, key, request, caller.name());
    }

    @DELETE
    @Path("/{key}")
    @Operation(summary = "Withdraw a section: the drafted text or a placeholder shows again; history is kept")
    public NarrativeRevision withdraw(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("key") String key) {
        return narrative.withdraw(dept, year, key, caller.name());
    }

    @GET
    @Path("/{key}/revisions")
    @Operation(summary = "Every revision of a section, oldest first")
    public List<NarrativeRevision> revisions(@PathParam("dept") String dept, @PathParam("year") int year,
            @PathParam("key") String key) {
        return narrative.history(dept, year, key);
    }
}
