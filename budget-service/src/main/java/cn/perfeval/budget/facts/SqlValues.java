package cn.perfeval.budget.facts;

import java.time.LocalDate;

/** Values of native query rows, whose Java types depend on the driver and Hibernate version. */
public final class SqlValues {

    private SqlValues() {
    }

    /** @return null for SQL NULL */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
