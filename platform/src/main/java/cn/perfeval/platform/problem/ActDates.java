package cn.perfeval.platform.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates of acts that have happened (a contract signed or filed, an intention disclosed, an actual measured): none can
 * lie after today. Every such date of a write is checked, then all are refused at once with a 422 problem naming
 * each field; planned dates belong in a what-if (budget-service's verdict previews, scoring's simulations).
 */
public final class ActDates {

    private final LocalDate today;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private ActDates(LocalDate today) {
        this.today = today;
    }

    public static ActDates notAfter(LocalDate today) {
        return new ActDates(today);
    }

    /** Notes the date of {@code field} (in the write's {@code row}, 1-based, or null) if it lies after today. */
    public ActDates check(String field, LocalDate date, Integer row) {
        if (date != null && date.isAfter(today)) {
            errors.add(new Problem.FieldError(field, date + " is after today (" + today
                    + "); an act can be recorded once it has happened, planned dates belong in a what-if", row));
        }
        return this;
    }

    /** @throws ProblemException 422 naming every date after today */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, errors.size()
                    + " date(s) after today " + today + "; nothing was written", errors);
        }
    }
}
