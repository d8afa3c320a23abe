package cn.perfeval.scoring.bureau;

import cn.perfeval.scoring.engine.scorecard.Grade;
import cn.perfeval.scoring.queryparams.QueryParameterErrors;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
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
        QueryParameterErrors errors = new QueryParameterErrors();
        BureauSort order = sort == null || sort.isEmpty() ? BureauSort.TOTAL_DESCENDING : BureauSort.of(sort);
        if (order == null) {
            errors.add("sort", "must be one of " + BureauSort.names());
        }
        Grade only = errors.oneOf("grade", grade, Grade.values());
        BigDecimal from = score("minTotal", minTotal, errors);
        BigDecimal to = score("maxTotal", maxTotal, errors);
        if (from != null && to != null && from.compareTo(to) > 0) {
            errors.add("minTotal", "must not be above maxTotal");
        }
        int pageNumber = errors.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = errors.wholeNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        boolean withItems = "true".equals(items);
        if (items != null && !withItems && !"false".equals(items)) {
            errors.add("items", "must be true or false");
        }
        errors.throwIfAny("Invalid query of the bureau's list");
        return new Checked(year, order, only, from, to, pageNumber, pageSize, withItems);
    }

    /** The list to read: one year, filtered, in one order, one page of it, and whether with the items' distribution. */
    record Checked(int year, BureauSort sort, Grade grade, BigDecimal minTotal, BigDecimal maxTotal, int page, int size,
            boolean withItems) {
    }

    private static BigDecimal score(String name, String value, QueryParameterErrors errors) {
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
        errors.add(name, "must be a score from 0 to 100 with at most 2 decimals");
        return null;
    }
}
