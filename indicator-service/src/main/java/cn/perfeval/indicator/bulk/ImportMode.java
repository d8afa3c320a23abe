package cn.perfeval.indicator.bulk;

/** How an import treats bad rows: reject the whole table (default), or commit the good rows and report the rest. */
public enum ImportMode {
    ALL_OR_NOTHING, PER_ROW;

    public static ImportMode of(String text) {
        return switch (text == null ? "all-or-nothing" : text) {
            case "all-or-nothing" -> ALL_OR_NOTHING;
            case "per-row" -> PER_ROW;
            default -> throw cn.perfeval.platform.problem.ProblemException.validation("mode",
                    "must be all-or-nothing or per-row");
        };
    }
}
