package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.scoring.monitoring.domain.DeviationReason;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer fiscalYear = number("year", year, null, 1900, 9999, errors);
        if (fiscalYear == null && errors.isEmpty()) {
            errors.add(new Problem.FieldError("year", "is required"));
        }
        if (department != null) {
            TextLimits.codeProblem(department).ifPresent(problem -> errors.add(new Problem.FieldError("department", problem)));
        }
        LightKind lightKind = known("kind", kind, LightKind.values(), errors);
        DeviationReason deviationReason = known("reason", reason, DeviationReason.values(), errors);
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Invalid warnings query", errors);
        }
        return new Checked(fiscalYear, department, lightKind, deviationReason, pageNumber, pageSize);
    }

    record Checked(int year, String department, LightKind kind, DeviationReason reason, int page, int size) {

        Predicate<Warning> filter() {
            return warning -> (kind == null || warning.kind() == kind)
                    && (reason == null || warning.deviation() != null && warning.deviation().reason() == reason);
        }
    }

    private static <E extends Enum<E>> E known(String name, String value, E[] values, List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Arrays.stream(values).filter(v -> v.name().equals(value)).findFirst().orElseGet(() -> {
            errors.add(new Problem.FieldError(name, "must be one of " + Arrays.toString(values)));
            return null;
        });
    }

    private static Integer number(String name, String value, Integer otherwise, int min, int max,
            List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as a number out of range is
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
        return otherwise;
    }
}
