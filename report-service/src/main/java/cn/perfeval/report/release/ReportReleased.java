package cn.perfeval.report.release;

/**
 * The data of a {@code report.released} event (report-released-v1.json): the public version that answers the
 * approval with state sequence {@code approvalSequence}.
 *
 * @param newVersion false when the approved content equalled the previous public version, which stays public
 */
public record ReportReleased(String departmentCode, int fiscalYear, int approvalSequence, int scorecardVersion,
        int publicVersion, boolean newVersion, String url) {
}
