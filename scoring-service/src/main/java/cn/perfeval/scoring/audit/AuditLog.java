package cn.perfeval.scoring.audit;

import cn.perfeval.platform.audit.AuditAction;
import cn.perfeval.platform.audit.AuditChannel;
import cn.perfeval.platform.audit.AuditEntry;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.scoring.persistence.SqlValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The consolidated, append-only audit log ({@code audit_entry}). A department's log of a year holds the entries of
 * that year, the department's own entries (no year: its profile) and the entries that concern every department
 * ({@value AuditTrail#ALL_DEPARTMENTS}: scheme versions, rebuilds), newest first.
 */
@ApplicationScoped
public class AuditLog {

    private static final String COLUMNS = """
            SELECT entry_id, service, department_code, fiscal_year, subject, role, channel, operation, entity_type,
                   entity_id, action, before_state, after_state, truncated, correlation_id, recorded_at, seq
              FROM audit_entry
            """;
    private static final String NEWEST_FIRST = " ORDER BY recorded_at DESC, seq DESC";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public AuditLog(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Stores the entry once: a redelivered entry id changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEntry entry) {
        entityManager.createNativeQuery("""
                INSERT INTO audit_entry (entry_id, service, department_code, fiscal_year, subject, role, channel,
                    operation, entity_type, entity_id, action, before_state, after_state, truncated, correlation_id,
                    recorded_at)
                VALUES (:id, :service, :dept, CAST(:year AS INTEGER), :subject, :role, :channel, :operation, :entityType,
                    :entityId, :action, CAST(:before AS TEXT), CAST(:after AS TEXT), :truncated,
                    CAST(:correlationId AS TEXT), :at)
                ON CONFLICT (entry_id) DO NOTHING
                """).setParameter("id", entry.entryId()).setParameter("service", entry.service())
                .setParameter("dept", entry.departmentCode()).setParameter("year", entry.fiscalYear())
                .setParameter("subject", entry.subject()).setParameter("role", entry.role())
                .setParameter("channel", entry.channel().name()).setParameter("operation", entry.operation())
                .setParameter("entityType", entry.entityType()).setParameter("entityId", entry.entityId())
                .setParameter("action", entry.action().name()).setParameter("before", json(entry.before()))
                .setParameter("after", json(entry.after())).setParameter("truncated", entry.truncated())
                .setParameter("correlationId", entry.correlationId()).setParameter("at", entry.at())
                .executeUpdate();
    }

    /** One page of the department's log of the year, newest first. */
    @Transactional
    public List<AuditEntry> page(String dept, int year, AuditFilter filter, int page, int size) {
        AuditSql where = AuditSql.of(dept, year, filter);
        Query query = entityManager.createNativeQuery(COLUMNS + where.sql() + NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
                .setParameter("limit", size).setParameter("offset", (long) page * size);
        return entries(where.bind(query));
    }

    @Transactional
    public long count(String dept, int year, AuditFilter filter) {
        AuditSql where = AuditSql.of(dept, year, filter);
        return ((Number) where.bind(entityManager.createNativeQuery("SELECT count(*) FROM audit_entry" + where.sql()))
                .getSingleResult()).longValue();
    }

    /** The next entries after the cursor (older ones), for streaming the whole log batch by batch. */
    @Transactional
    public List<Cursored> after(String dept, int year, AuditFilter filter, Cursored cursor, int batch) {
        AuditSql where = AuditSql.of(dept, year, filter).olderThan(cursor);
        Query query = entityManager.createNativeQuery(COLUMNS + where.sql() + NEWEST_FIRST + " LIMIT :limit")
                .setParameter("limit", batch);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(query).getResultList();
        return rows.stream().map(row -> new Cursored(entry(row), ((Number) row[16]).longValue())).toList();
    }

    /** The entries of the department's year about any of the given entities, newest first, at most {@code limit}. */
    @Transactional
    public List<AuditEntry> aboutEntities(String dept, int year, List<EntityRef> entities, int limit) {
        if (entities.isEmpty()) {
            return List.of();
        }
        AuditSql where = AuditSql.of(dept, year, AuditFilter.NONE).aboutAny(entities);
        return entries(where.bind(entityManager.createNativeQuery(COLUMNS + where.sql() + NEWEST_FIRST + " LIMIT :limit")
                .setParameter("limit", limit)));
    }

    /** An entry with its position in the log, where the next batch of a stream starts. */
    public record Cursored(AuditEntry entry, long seq) {
    }

    /** An entity an item read: its type and id as the audit entries name them. */
    public record EntityRef(String entityType, String entityId) {
    }

    private List<AuditEntry> entries(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::entry).toList();
    }

    private AuditEntry entry(Object[] row) {
        return new AuditEntry((UUID) row[0], (String) row[1], (String) row[2], (Integer) row[3], (String) row[4],
                (String) row[5], AuditChannel.valueOf((String) row[6]), (String) row[7], (String) row[8],
                (String) row[9], AuditAction.valueOf((String) row[10]), tree((String) row[11]), tree((String) row[12]),
                (Boolean) row[13], (String) row[14], SqlValues.timestamp(row[15]));
    }

    private String json(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit state is not writable as JSON", e);
        }
    }

    private JsonNode tree(String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored audit state is not JSON", e);
        }
    }
}
