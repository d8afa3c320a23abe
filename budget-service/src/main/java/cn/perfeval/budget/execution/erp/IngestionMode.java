package cn.perfeval.budget.execution.erp;

/** What happens to the good lines of a push that has bad ones. */
public enum IngestionMode {
    /** Default: one bad line rejects the whole push and nothing is written. */
    ALL_OR_NOTHING,
    /** The good lines are committed; the bad ones are reported. */
    PER_LINE;

    public static IngestionMode of(String parameter) {
        if (parameter == null || parameter.isBlank() || parameter.equalsIgnoreCase("all-or-nothing")) {
            return ALL_OR_NOTHING;
        }
        if (parameter.equalsIgnoreCase("per-line")) {
            return PER_LINE;
        }
        throw cn.perfeval.platform.problem.ProblemException.validation("mode",
                "must be all-or-nothing (default) or per-line, got '" + parameter + "'");
    }
}
