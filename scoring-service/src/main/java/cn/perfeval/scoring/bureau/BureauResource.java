package cn.perfeval.scoring.bureau;

import cn.perfeval.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The finance bureau's view: every department's latest scorecard for a year, and how each item is distributed. */
@Path("/api/v1/years/{year}/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Bureau view")
public class BureauResource {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public BureauResource(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @GET
    @Transactional
    @Operation(summary = "All departments' latest scores for a year, sorted, with the distribution per item")
    public BureauOverview overview(@PathParam("year") int year,
            @QueryParam("sort") @DefaultValue("-total") @Parameter(description = "total, -total, department or -department")
            String sort) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT DISTINCT ON (department_code) department_code, version, CAST(snapshot AS text)
                  FROM scorecard_version WHERE fiscal_year = :year
                 ORDER BY department_code, version DESC
                """).setParameter("year", year).getResultList();
        List<JsonNode> scorecards = rows.stream().map(row -> read((String) row[2])).toList();
        List<BureauOverview.DepartmentScore> departments = new ArrayList<>(scorecards.stream()
                .map(BureauOverview.DepartmentScore::of).toList());
        departments.sort(order(sort));
        return new BureauOverview(year, departments, ItemDistribution.of(scorecards));
    }

    private static Comparator<BureauOverview.DepartmentScore> order(String sort) {
        Comparator<BureauOverview.DepartmentScore> byDepartment = Comparator.comparing(BureauOverview.DepartmentScore::departmentCode);
        return switch (sort) {
            case "total" -> Comparator.comparing(BureauOverview.DepartmentScore::total).thenComparing(byDepartment);
            case "-total" -> Comparator.comparing(BureauOverview.DepartmentScore::total, Comparator.<BigDecimal>reverseOrder())
                    .thenComparing(byDepartment);
            case "department" -> byDepartment;
            case "-department" -> byDepartment.reversed();
            default -> throw ProblemException.validation("sort", "must be total, -total, department or -department");
        };
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
