package cn.perfeval.scoring.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads and writes the fact projection; every write is an upsert guarded by the entity version. */
@ApplicationScoped
public class ProjectionStore {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ProjectionStore(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * Stores the record unless a version at least as new is already there.
     *
     * @return true when the projection changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(FactRecord record, String eventId) {
        int changed = entityManager.createNativeQuery("""
                INSERT INTO fact_record (entity_type, entity_id, department_code, fiscal_year, version, deleted,
                                         payload, source_event_id, received_at)
                VALUES (:type, :id, :dept, :year, :version, :deleted, CAST(:payload AS jsonb), :eventId, :now)
                ON CONFLICT (entity_type, entity_id) DO UPDATE
                   SET department_code = EXCLUDED.department_code, fiscal_year = EXCLUDED.fiscal_year,
                       version = EXCLUDED.version, deleted = EXCLUDED.deleted, payload = EXCLUDED.payload,
                       source_event_id = EXCLUDED.source_event_id, received_at = EXCLUDED.received_at
                 WHERE fact_record.version < EXCLUDED.version
                """)
                .setParameter("type", record.entityType())
                .setParameter("id", record.entityId())
                .setParameter("dept", record.departmentCode())
                .setParameter("year", record.fiscalYear())
                .setParameter("version", record.version())
                .setParameter("deleted", record.deleted())
                .setParameter("payload", toJson(record))
                .setParameter("eventId", eventId)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return changed > 0;
    }

    /** The live (not deleted) records of one evaluation, in a stable order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FactRecord> load(String departmentCode, int fiscalYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT entity_type, entity_id, version, CAST(payload AS text)
                  FROM fact_record
                 WHERE department_code = :dept AND fiscal_year = :year AND NOT deleted
                 ORDER BY entity_type, entity_id
                """)
                .setParameter("dept", departmentCode)
                .setParameter("year", fiscalYear)
                .getResultList();
        return rows.stream()
                .map(row -> new FactRecord((String) row[0], (String) row[1], departmentCode, fiscalYear,
                        ((Number) row[2]).longValue(), false, readJson((String) row[3])))
                .toList();
    }

    /** Whether the evaluation exists at all: some service announced a fact of it, or it was scored. */
    public boolean evaluationExists(String departmentCode, int fiscalYear) {
        return (Boolean) entityManager.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM fact_record WHERE department_code = :dept AND fiscal_year = :year)
                    OR EXISTS (SELECT 1 FROM scorecard_version WHERE department_code = :dept AND fiscal_year = :year)
                """).setParameter("dept", departmentCode).setParameter("year", fiscalYear).getSingleResult();
    }

    private String toJson(FactRecord record) {
        try {
            return mapper.writeValueAsString(record.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode readJson(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt projection payload", e);
        }
    }
}
