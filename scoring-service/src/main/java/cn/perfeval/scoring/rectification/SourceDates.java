package cn.perfeval.scoring.rectification;

import cn.perfeval.platform.text.TextLimits;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a task's source was seen, which is the earliest its due date may be: a red light on its round's as-of date,
 * a report problem at the end of the evaluated year (the report looks back on the whole year).
 */
final class SourceDates {

    private static final MonthDay YEAR_END = MonthDay.of(12, 31);

    private SourceDates() {
    }

    /** The source's date; a 422 on {@code source.reference} when the reference is malformed (before any lookup). */
    static LocalDate of(TaskSource source, int fiscalYear) {
        return switch (source.kind()) {
            case RED_LIGHT -> RedLightReference.parse(source.reference(), fiscalYear).asOf();
            case REPORT_PROBLEM -> {
                TextLimits.codeProblem(source.reference()).ifPresent(problem -> {
                    throw Refusals.unprocessable(Refusals.REFERENCE, "is a scorecard item code, which " + problem);
                });
                yield YEAR_END.atYear(fiscalYear);
            }
        };
    }

    /** A 422 on {@code dueDate} when it lies before the source's date. */
    static void requireDueNotBefore(LocalDate dueDate, LocalDate sourceDate) {
        if (dueDate.isBefore(sourceDate)) {
            throw Refusals.unprocessable(Refusals.DUE_DATE, "must not be before " + sourceDate
                    + ", the date of the problem it rectifies");
        }
    }
}
