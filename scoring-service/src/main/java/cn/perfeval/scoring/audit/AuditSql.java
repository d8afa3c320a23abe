package cn.perfeval.scoring.audit;

import cn.perfeval.platform.audit.AuditTrail;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a log query with its parameters: the department's entries of the year (with its own and the
 * every-department ones), then one exact condition per filter given. Values are always bound, never concatenated.
 */
final class AuditSql {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private AuditSql() {
    }

    static AuditSql of(String dept, int year, AuditFilter filter) {
        AuditSql where = new AuditSql();
        where.sql.append(" WHERE department_code IN (:dept, :all) AND (fiscal_year = :year OR fiscal_year IS NULL)");
        where.parameters.put("dept", dept);
        where.parameters.put("all", AuditTrail.ALL_DEPARTMENTS);
        where.parameters.put("year", year);
        where.equal("subject", filter.subject()).equal("role", filter.role())
                .equal("channel", filter.channel() == null ? null : filter.channel().name())
                .equal("service", filter.service()).equal("entity_type", filter.entityType())
                .equal("entity_id", filter.entityId()).equal("operation", filter.operation())
                .equal("correlation_id", filter.correlationId());
        if (filter.from() != null) {
            where.condition("recorded_at >= CAST(:from AS TIMESTAMPTZ)", "from", filter.from());
        }
        if (filter.to() != null) {
            where.condition("recorded_at < CAST(:to AS TIMESTAMPTZ)", "to", filter.to());
        }
        return where;
    }

    /** Entries after (older than) the cursor in newest-first order. */
    AuditSql olderThan(AuditLog.Cursored cursor) {
        if (cursor != null) {
            condition("(recorded_at, seq) < (CAST(:cursorAt AS TIMESTAMPTZ), :cursorSeq)", "cursorAt", cursor.entry().at());
            parameters.put("cursorSeq", cursor.seq());
        }
        return this;
    }

    /** Entries about one of the entities (each a type and id). */
    AuditSql aboutAny(List<AuditLog.EntityRef> entities) {
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < entities.size(); i++) {
            any.append(i == 0 ? "" : " OR ").append("(entity_type = :type").append(i).append(" AND entity_id = :id")
                    .append(i).append(')');
            parameters.put("type" + i, entities.get(i).entityType());
            parameters.put("id" + i, entities.get(i).entityId());
        }
        sql.append(" AND (").append(any).append(')');
        return this;
    }

    String sql() {
        return sql.toString();
    }

    Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private AuditSql equal(String column, String value) {
        if (value != null) {
            condition(column + " = :" + column, column, value);
        }
        return this;
    }

    private void condition(String condition, String parameter, Object value) {
        sql.append(" AND ").append(condition);
        parameters.put(parameter, value);
    }
}
