package cn.perfeval.platform.rest;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemResponses;
import cn.perfeval.platform.problem.ProblemType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path parameters are checked once, here, before any resource runs. The department code and fiscal year of a path
 * that names them ({@code {dept}}, {@code {year}}) must be ones the system keeps: a code no department can have, or a
 * year outside the range, is a 400 problem naming the parameter; so is any path parameter holding a control
 * character. Without this, a read for "%00" reached the database and failed with a 500, and a read for year -1 or a
 * 300-character code answered an empty 200 as if the evaluation merely had no data.
 */
public class PathParameterChecks {

    /** What a department code may be: as the finance bureau assigns them (e.g. GZHPF). */
    public static final String DEPARTMENT_CODE = "[A-Z0-9_-]{2,32}";
    public static final String DEPARTMENT_CODE_RULE = "must be 2-32 characters of A-Z, 0-9, _ or -";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final Pattern CODE = Pattern.compile(DEPARTMENT_CODE);
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    @ServerRequestFilter
    public Optional<Response> checkPathParameters(UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getPathParameters();
        List<Problem.FieldError> errors = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (values.stream().anyMatch(PathParameterChecks::hasControlCharacter)) {
                errors.add(new Problem.FieldError(name, "must not contain control characters"));
            }
        });
        String dept = parameters.getFirst("dept");
        if (dept != null && !hasControlCharacter(dept) && !CODE.matcher(dept).matches()) {
            errors.add(new Problem.FieldError("dept", DEPARTMENT_CODE_RULE));
        }
        String year = parameters.getFirst("year");
        if (year != null && !isKeptYear(year)) {
            errors.add(new Problem.FieldError("year", "must be a fiscal year from " + FIRST_YEAR + " to " + LAST_YEAR));
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.of(ProblemType.VALIDATION, "A path parameter is not one this service accepts",
                errors, uri.getPath()));
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static boolean isKeptYear(String year) {
        if (!FOUR_DIGITS.matcher(year).matches()) {
            return false;
        }
        int value = Integer.parseInt(year);
        return value >= FIRST_YEAR && value <= LAST_YEAR;
    }
}
