package cn.perfeval.budget.execution.erp;

import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Audits an ERP push of expenditure lines. The ledger may hold hundreds of thousands of lines, far too many for an
 * audit entry, so its state is recorded as a summary (truncated): the number of lines, their total amount and a
 * SHA-256 digest of the ledger in line-id order, which identifies its exact content; after the push also what the
 * push did (received, accepted, rejected, written lines).
 */
final class LedgerAudit {

    /** The ledger of one evaluation in brief. */
    record LedgerSummary(long lines, BigDecimal totalAmount, String sha256) {
    }

    /** What the audit entry holds after a push. */
    record PushSummary(IngestionMode mode, long received, long accepted, long rejected, long written,
                       LedgerSummary ledger) {
    }

    private LedgerAudit() {
    }

    static LedgerSummary summarise(Connection connection, String dept, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT count(*), coalesce(sum(amount), 0),
                       encode(sha256(convert_to(coalesce(string_agg(line_id || ',' || spent_on || ',' || amount || ','
                           || category || ',' || coalesce(project_code, ''), E'\\n' ORDER BY line_id), ''), 'UTF8')), 'hex')
                  FROM expenditure WHERE department_code = ? AND fiscal_year = ?
                """)) {
            statement.setString(1, dept);
            statement.setInt(2, year);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new LedgerSummary(row.getLong(1), row.getBigDecimal(2).stripTrailingZeros(), row.getString(3));
            }
        }
    }

    static void record(AuditTrail audit, String dept, int year, LedgerSummary before, PushSummary after) {
        audit.record(AuditedChange.summarised(dept, year, FactKind.EXPENDITURES.entityType(), dept + ":" + year,
                before, after));
    }
}
