package cn.perfeval.indicator.department;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.rest.PathParameterChecks;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{dept}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Departments")
public class DepartmentResource {
    private final DepartmentEvents events;
    private final EvaluationYears years;
    private final AuditTrail audit;

    public DepartmentResource(DepartmentEvents events, EvaluationYears years, AuditTrail audit) {
        this.events = events;
        this.years = years;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "A department")
    public DepartmentView department(@PathParam("dept") String dept) {
        return DepartmentView.of(Department.<Department>findByIdOptional(dept)
                .orElseThrow(() -> ProblemException.notFound("No department " + dept)));
    }

    @PUT
    @Transactional
    @Operation(summary = "Create or update a department (idempotent)")
    public DepartmentView saveDepartment(@PathParam("dept") @jakarta.validation.constraints.Pattern(regexp = PathParameterChecks.DEPARTMENT_CODE, message = PathParameterChecks.DEPARTMENT_CODE_RULE) String dept, @Valid @NotNull DepartmentRequest request) {
        // The profile belongs to the department, not to one year, so no evaluation's write window applies to it.
        Department department = Department.<Department>findByIdOptional(dept).orElseGet(() -> {
            Department created = new Department();
            created.code = dept;
            return created;
        });
        DepartmentView before = department.updatedAt == null ? null : DepartmentView.of(department);
        department.name = request.name();
        department.functions = request.functions();
        department.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        department.persistAndFlush();
        DepartmentView view = DepartmentView.of(department);
        // Each evaluation of the department carries its name and functions into its report.
        for (Integer year : years.of(dept)) {
            events.changed(view, year);
        }
        audit.record(AuditedChange.of(dept, null, "department", dept, before, view));
        return view;
    }
}
