package cn.perfeval.report.publication;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A published version's metadata: what report-events carries and what the versions list shows. The correlation id
 * is the one of the write that caused it (carried from the REST call through every event hop); null for versions
 * published before it was recorded.
 */
public record ReportVersionView(String departmentCode, int fiscalYear, int version, String contentHash,
        int scorecardVersion, BigDecimal total, OffsetDateTime publishedAt, String url, String correlationId) {

    static ReportVersionView of(ReportVersion v) {
        return new ReportVersionView(v.departmentCode, v.fiscalYear, v.number, v.contentHash, v.scorecardVersion,
                v.total, v.publishedAt, v.url(), v.correlationId);
    }
}
