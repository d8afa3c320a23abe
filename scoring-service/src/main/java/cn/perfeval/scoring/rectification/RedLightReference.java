package cn.perfeval.scoring.rectification;

import cn.perfeval.platform.text.TextLimits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light of a monitoring round as a task names it: {@code <asOf>/budget}, {@code <asOf>/indicator/<id>} or
 * {@code <asOf>/project/<code>}, the round's as-of date lying in the evaluation's year.
 */
record RedLightReference(LocalDate asOf, String light) {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(budget|(?:indicator|project)/(.+))");
    static final String RULE = "must be <asOf>/budget, <asOf>/indicator/<id> or <asOf>/project/<code>, the as-of date "
            + "written yyyy-MM-dd";

    /** The reference, or a 422 on {@code source.reference} naming the rule it breaks (nothing is looked up). */
    static RedLightReference parse(String reference, int fiscalYear) {
        Matcher matcher = SYNTAX.matcher(reference);
        if (!matcher.matches()) {
            throw Refusals.unprocessable(Refusals.REFERENCE, RULE);
        }
        if (matcher.group(3) != null) {
            TextLimits.codeProblem(matcher.group(3)).ifPresent(problem -> {
                throw Refusals.unprocessable(Refusals.REFERENCE, "names an id or code that " + problem);
            });
        }
        LocalDate asOf = date(matcher.group(1));
        if (asOf.getYear() != fiscalYear) {
            throw Refusals.unprocessable(Refusals.REFERENCE, "names a round of " + asOf.getYear()
                    + "; a round of this evaluation lies in " + fiscalYear);
        }
        return new RedLightReference(asOf, matcher.group(2));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusals.unprocessable(Refusals.REFERENCE, RULE + " (" + text + " is no date)");
        }
    }
}
