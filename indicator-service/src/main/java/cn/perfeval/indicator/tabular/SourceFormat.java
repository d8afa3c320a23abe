package cn.perfeval.indicator.tabular;

/** What an upload turned out to be, judged by its content rather than its name. */
public enum SourceFormat {
    CSV,
    XLSX,
    /** Empty, too large, a legacy/encrypted OLE2 file, or undecodable bytes. */
    UNKNOWN
}
