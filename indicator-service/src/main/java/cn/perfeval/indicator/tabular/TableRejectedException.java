package cn.perfeval.indicator.tabular;

/** Stops reading: the file as a whole is not an acceptable table. Never leaves the package. */
final class TableRejectedException extends RuntimeException {

    /** How every rejection of something that is no indicator table at all begins. */
    static final String NOT_A_TABLE = "not a CSV/XLSX indicator table: ";

    TableRejectedException(String reason) {
        super(reason, null, false, false);
    }

    static TableRejectedException notATable(String why) {
        return new TableRejectedException(NOT_A_TABLE + why);
    }
}
