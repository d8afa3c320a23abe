package cn.perfeval.scoring.bureau;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.engine.scorecard.Grade;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The bureau list's query parameters, taken as text and checked here so that every hostile value is a 400 naming the
 * parameter: sort, a grade, a score range, and a page (from 0; 1–{@value #MAX_SIZE} per page, {@value #DEFAULT_SIZE}
 * by default).
 */
public class BureauQuery {

    static final int MAX_SIZE = 200;
    static final int DEFAULT_SIZE = 50;
    private static final BigDecimal HIGHEST = new BigDecimal("100");

    @QueryParam("sort") @Parameter(description = "total, -total (the default: highest first), department, -department, "
            + "grade or -grade (by grade, then department)", example = "-total") public String sort;
    @QueryParam("grade") @Parameter(description = "Only this grade: EXCELLENT, GOOD, FAIR or POOR", example = "GOOD")
    public String grade;
    @QueryParam("minTotal") @Parameter(description = "Only totals from this score (0-100, up to 2 decimals)",
            example = "80") public String minTotal;
    @QueryParam("maxTotal") @Parameter(description = "Only totals up to this score (0-100, up to 2 decimals)",
            example = "95.5") public String maxTotal;
    @QueryParam("page") @Parameter(description = "0-based page number", example = "0") public String page;
    @QueryParam("size") @Parameter(description = "Departments per page (1-200)", example = "50") public String size;
    @QueryParam("items") @Parameter(description = "true: also each scheme item's distribution over the matching "
            + "evaluations (an aggregate of every item of every one of them: ask for it when it is shown)",
            example = "false") public String items;

    /** The checked parameters, or a 400 problem listing every invalid one. */
    Checked check(int year) {
        List<Problem.FieldError> errors = new ArrayList<>();
        BureauSort order = sort == null || sort.isEmpty() ? BureauSort.TOTAL_DESCENDING : BureauSort.of(sort);
        if (order == null) {
            errors.add(new Problem.FieldError("sort", "must be one of " + BureauSort.names()));
        }
        Grade only = grade(errors);
        BigDecimal from = score("minTotal", minTotal, errors);
        BigDecimal to = score("maxTotal", maxTotal, errors);
        if (from != null && to != null && from.compareTo(to) > 0) {
            errors.add(new Problem.FieldError("minTotal", "must not be above maxTotal"));
        }
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / MAX_SIZE, 0, errors);
        int pageSize = number("size", size, 1, MAX_SIZE, DEFAULT_SIZE, errors);
        boolean withItems = "true".equals(items);
        if (items != null && !withItems && !"false".equals(items)) {
            errors.add(new Problem.FieldError("items", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Invalid query of the bureau's list", errors);
        }
        return new Checked(year, order, only, from, to, pageNumber, pageSize, withItems);
    }

    /** The list to read: one year, filtered, in one order, one page of it, and whether with the items' distribution. */
    record Checked(int year, BureauSort sort, Grade grade, BigDecimal minTotal, BigDecimal maxTotal, int page, int size,
            boolean withItems) {
    }

    private Grade grade(List<Problem.FieldError> errors) {
        if (grade == null || grade.isEmpty()) {
            return null;
        }
        return Arrays.stream(Grade.values()).filter(g -> g.name().equals(grade)).findFirst().orElseGet(() -> {
            errors.add(new Problem.FieldError("grade", "must be one of " + Arrays.toString(Grade.values())));
            return null;
        });
    }

    private static BigDecimal score(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            // the length bound keeps a 10^6-digit "number" from being parsed at all
            BigDecimal score = value.length() <= 8 ? new BigDecimal(value) : null;
            if (score != null && score.signum() >= 0 && score.compareTo(HIGHEST) <= 0 && score.scale() <= 2) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below, as a score out of range is
        }
        errors.add(new Problem.FieldError(name, "must be a score from 0 to 100 with at most 2 decimals"));
        return null;
    }

    private static int number(String name, String value, int min, int max, int otherwise, List<Problem.FieldError> errors) {
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
