package cn.perfeval.scoring.queryparams;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a list's query parameters, which are taken as text so that a hostile value is a 400 naming the parameter
 * rather than a framework's 404, and collects every invalid one, so that one answer lists them all.
 */
public final class QueryParameterErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** @return the number, or {@code otherwise} when not given or invalid (then noted) */
    public Integer wholeNumber(String name, String value, Integer otherwise, int min, int max) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // noted below, as a number out of range is
        }
        add(name, "must be a whole number from " + min + " to " + max);
        return otherwise;
    }

    /** @return the constant named exactly {@code value}, or null when not given or unknown (then noted) */
    public <E extends Enum<E>> E oneOf(String name, String value, E[] values) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Arrays.stream(values).filter(known -> known.name().equals(value)).findFirst().orElseGet(() -> {
            add(name, "must be one of " + Arrays.toString(values));
            return null;
        });
    }

    public void add(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws ProblemException a 400 listing every invalid parameter, when there is one */
    public void throwIfAny(String title) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, title, errors);
        }
    }

    /** @throws ProblemException a 400 about the first invalid parameter, when there is one */
    public void throwFirstIfAny() {
        errors.stream().findFirst().ifPresent(first -> {
            throw ProblemException.validation(first.field(), first.message());
        });
    }
}
