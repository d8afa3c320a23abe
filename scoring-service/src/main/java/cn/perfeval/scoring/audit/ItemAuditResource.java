package cn.perfeval.scoring.audit;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.scoring.scorecard.ScorecardVersion;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{dept}/years/{year}/scorecard/items/{item}/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit")
public class ItemAuditResource {

    /** The newest entries shown for an item; the whole history of its inputs is in the log (filter by entity). */
    static final int MAX_ENTRIES = 500;

    private final AuditLog log;
    private final ItemInputs inputs;

    public ItemAuditResource(AuditLog log, ItemInputs inputs) {
        this.log = log;
        this.inputs = inputs;
    }

    @GET
    @Transactional
    @Operation(summary = "The audit entries of the inputs a scorecard item read in the latest scorecard (the "
            + "indicators, judgement and budget or procurement kinds it cites), newest first, at most 500")
    public ItemAudit itemAudit(@PathParam("dept") @Parameter(example = "GZHPF") String dept,
            @PathParam("year") @Parameter(example = "2023") int year,
            @PathParam("item") @Parameter(example = "C21") String item) {
        ScorecardVersion scorecard = ScorecardVersion.latest(dept, year)
                .orElseThrow(() -> ProblemException.notFound("No scorecard for " + dept + "/" + year + " yet"));
        var entities = inputs.of(scorecard.snapshot, dept, year, item);
        return new ItemAudit(item, scorecard.version, entities, log.aboutEntities(dept, year, entities, MAX_ENTRIES));
    }
}
