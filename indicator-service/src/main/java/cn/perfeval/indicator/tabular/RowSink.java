package cn.perfeval.indicator.tabular;

/** Receives rows from a CSV or XLSX source as they are read, so nothing holds the whole sheet. */
interface RowSink {

    /** A new sheet begins (CSV: once, with a null name). */
    void startSheet(String name);

    /**
     * @return false when the rest of this sheet is of no interest (no header near its top), so the source skips it
     * @throws TableRejectedException to stop reading the file
     */
    boolean row(RawRow row);
}
