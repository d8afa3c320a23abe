package cn.perfeval.scoring.audit;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{dept}/years/{year}/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit", description = "Who changed which fact when, through which channel, from which state to which")
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "The evaluation's audit log, newest first: every accepted write of every service to this "
            + "year's facts, the department's own and those concerning every department, filtered and paged")
    public AuditPage audit(@PathParam("dept") @Parameter(example = "GZHPF") String dept,
            @PathParam("year") @Parameter(example = "2023") int year, @BeanParam AuditQueryParameters query) {
        AuditFilter filter = query.filter();
        int page = query.pageNumber();
        int size = query.pageSize();
        return new AuditPage(log.page(dept, year, filter, page, size), page, size, log.count(dept, year, filter));
    }
}
