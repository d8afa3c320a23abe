package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.monitoring.domain.Light;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The finance bureau's warnings: every red light of each department's latest round of a year. */
@Path("/api/v1/monitoring/warnings")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Monitoring")
public class WarningsResource {

    private final RoundStore store;

    WarningsResource(RoundStore store) {
        this.store = store;
    }

    @GET
    @Transactional
    @Operation(summary = "Every red light of each department's latest round of the year, by department, then budget, "
            + "projects and indicators as the round lists them")
    @APIResponseSchema(value = WarningPage.class, responseDescription = "One page of warnings")
    public WarningPage monitoringWarnings(@BeanParam WarningQuery query) {
        WarningQuery.Checked checked = query.check();
        List<Warning> warnings = store.latestRoundPerDepartment(checked.year(), checked.department()).stream()
                .flatMap(round -> RoundLight.of(round).stream().filter(light -> light.light() == Light.RED)
                        .map(light -> Warning.of(round, light)))
                .filter(checked.filter())
                .toList();
        int from = (int) Math.min((long) checked.page() * checked.size(), warnings.size());
        int to = Math.min(from + checked.size(), warnings.size());
        return new WarningPage(warnings.subList(from, to), checked.page(), checked.size(), warnings.size());
    }
}
