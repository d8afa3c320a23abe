package cn.perfeval.scoring.queryparams;

/**
 * The {@code page} and {@code size} query parameters of the service's paged lists (the audit log, rectification
 * tasks), taken as text so that every hostile value (a size of 10^9, a page of -1, "abc") is a 400 problem naming
 * the parameter rather than a framework's 404.
 */
public final class Paging {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    private Paging() {
    }

    /** The 0-based page number; 0 when not given. */
    public static int page(String value) {
        return number("page", value, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    /** Entries per page, 1 to {@value #MAX_SIZE}; {@value #DEFAULT_SIZE} when not given. */
    public static int size(String value) {
        return number("size", value, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    private static int number(String name, String value, int otherwise, int min, int max) {
        QueryParameterErrors errors = new QueryParameterErrors();
        int number = errors.wholeNumber(name, value, otherwise, min, max);
        errors.throwFirstIfAny();
        return number;
    }
}
