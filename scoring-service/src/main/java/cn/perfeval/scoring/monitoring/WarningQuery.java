package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.monitoring.domain.DeviationReason;
import cn.perfeval.scoring.queryparams.QueryParameterErrors;
import jakarta.ws.rs.QueryParam;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The warnings' query parameters, taken as text and checked here so that every hostile value is a 400 naming the
 * parameter (the audit log's conventions: page from 0, size 1–500, default 50).
 */
public class WarningQuery {

    static final int MAX_SIZE = 500;
    static final int DEFAULT_SIZE = 50;

    @QueryParam("year") @Parameter(description = "The fiscal year (required)", example = "2023", required = true) public String year;
    @QueryParam("department") @Parameter(description = "One department's code", example = "GZHPF") public String department;
    @QueryParam("kind") @Parameter(description = "BUDGET, PROJECT or INDICATOR", example = "PROJECT") public String kind;
    @QueryParam("reason") @Parameter(description = "The deviation reason the department gave: FUNDING, POLICY, "
            + "STAFFING, FACILITIES or OTHER", example = "FUNDING") public String reason;
    @QueryParam("page") @Parameter(description = "0-based page number", example = "0") public String page;
    @QueryParam("size") @Parameter(description = "Warnings per page (1-500)", example = "50") public String size;

    /** The checked parameters, or a 400 problem listing every invalid one. */
    Checked check() {
        QueryParameterErrors errors = new QueryParameterErrors();
        Integer fiscalYear = errors.wholeNumber("year", year, null, 1900, 9999);
        if (fiscalYear == null && errors.isEmpty()) {
            errors.add("year", "is required");
        }
        if (department != null) {
            TextLimits.codeProblem(department).ifPresent(problem -> errors.add("department", problem));
        }
        LightKind lightKind = errors.oneOf("kind", kind, LightKind.values());
        DeviationReason deviationReason = errors.oneOf("reason", reason, DeviationReason.values());
        int pageNumber = errors.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = errors.wholeNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        errors.throwIfAny("Invalid warnings query");
        return new Checked(fiscalYear, department, lightKind, deviationReason, pageNumber, pageSize);
    }

    record Checked(int year, String department, LightKind kind, DeviationReason reason, int page, int size) {

        Predicate<Warning> filter() {
            return warning -> (kind == null || warning.kind() == kind)
                    && (reason == null || warning.deviation() != null && warning.deviation().reason() == reason);
        }
    }
}
