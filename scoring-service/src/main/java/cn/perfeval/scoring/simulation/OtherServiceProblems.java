package cn.perfeval.scoring.simulation;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An error answer of a service the what-if asks (budget-service for dates, indicator-service for values as
 * written) as the problem to give the caller: its own 4xx problem passed on, its fields renamed to the request's
 * fields they came from; its failures a 503, since the what-if cannot be computed right now.
 */
final class OtherServiceProblems {

    private static final ObjectMapper PROBLEMS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private OtherServiceProblems() {
    }

    /**
     * @param asked       what was asked, for the messages: "budget-service … the procurement dates"
     * @param field       the other service's field name → the field of the what-if's request it came from
     */
    static ProblemException of(int status, String body, Asked asked, UnaryOperator<String> field) {
        if (status < 400 || status >= 500) {
            return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, asked.service() + " failed to " + asked.verb()
                    + " " + asked.subject() + " (HTTP " + status + "); try again later");
        }
        Problem problem = readProblem(body);
        if (problem == null) {
            return new ProblemException(ProblemType.forStatus(status), asked.service() + " rejected " + asked.subject()
                    + " (HTTP " + status + ")");
        }
        ProblemType type = Arrays.stream(ProblemType.values())
                .filter(candidate -> candidate.uri().equals(problem.type()) && candidate.status() == status)
                .findFirst().orElse(ProblemType.forStatus(status));
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Problem.FieldError error : problem.errors() == null ? List.<Problem.FieldError>of() : problem.errors()) {
            errors.add(new Problem.FieldError(field.apply(error.field()), error.message(), error.row()));
        }
        return new ProblemException(type, problem.detail(), errors);
    }

    /** The other service could not be asked at all (refused, timed out, unreadable): 503, with what to do instead. */
    static ProblemException unreachable(Asked asked, RuntimeException cause, String instead) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, asked.service() + ", which " + asked.verb() + "s "
                + asked.subject() + ", cannot be reached right now (" + cause.getMessage() + "); try again later, or "
                + instead);
    }

    private static Problem readProblem(String body) {
        try {
            return body == null || body.isBlank() ? null : PROBLEMS.readValue(body, Problem.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** Who was asked to do what: "budget-service", "judge", "the procurement dates". */
    record Asked(String service, String verb, String subject) {
    }
}
