package cn.perfeval.scoring.rectification;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import java.util.List;

/** The 422 of a well-formed task that cannot be opened, naming the field at fault. */
final class Refusals {

    static final String REFERENCE = "source.reference";
    static final String DUE_DATE = "dueDate";

    private Refusals() {
    }

    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
