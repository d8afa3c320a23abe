package cn.perfeval.scoring.monitoring.domain;

/**
 * The names of a round's lights: {@code budget}, {@code project/<code>}, {@code indicator/<id>}. Prefixed with the
 * round's as-of date they are the references rectification tasks cite ({@code 2023-07-31/indicator/<id>}).
 */
public final class Subjects {

    public static final String BUDGET = "budget";
    public static final String PROJECT = "project/";
    public static final String INDICATOR = "indicator/";

    private Subjects() {
    }

    public static String project(String code) {
        return PROJECT + code;
    }

    public static String indicator(String id) {
        return INDICATOR + id;
    }
}
