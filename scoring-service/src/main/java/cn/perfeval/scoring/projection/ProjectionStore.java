package cn.perfeval.scoring.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        return !upsertAll(List.of(new SourcedFact(record, eventId))).isEmpty();
    }

    /**
     * Stores each record unless a version at least as new is already there, all in one statement (one round trip to
     * the database for a whole batch of events). The records must be of distinct entities.
     *
     * @return the records that changed the projection
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FactRecord> upsertAll(List<SourcedFact> facts) {
        if (facts.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> stored = entityManager.createNativeQuery("""
                INSERT INTO fact_record (entity_type, entity_id, department_code, fiscal_year, version, deleted,
                                         payload, source_event_id, received_at)
                SELECT r.entity_type, r.entity_id, r.department_code, r.fiscal_year, r.version, r.deleted, r.payload,
                       r.source_event_id, :now
                  FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(entity_type text, entity_id text,
                       department_code text, fiscal_year integer, version bigint, deleted boolean, payload jsonb,
                       source_event_id text)
                ON CONFLICT (entity_type, entity_id) DO UPDATE
                   SET department_code = EXCLUDED.department_code, fiscal_year = EXCLUDED.fiscal_year,
                       version = EXCLUDED.version, deleted = EXCLUDED.deleted, payload = EXCLUDED.payload,
                       source_event_id = EXCLUDED.source_event_id, received_at = EXCLUDED.received_at
                 WHERE fact_record.version < EXCLUDED.version
                RETURNING entity_type, entity_id
                """)
                .setParameter("rows", rows(facts))
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .getResultList();
        Set<String> changed = stored.stream().map(row -> row[0] + "/" + row[1]).collect(Collectors.toSet());
        return facts.stream().map(SourcedFact::fact)
                .filter(fact -> changed.contains(fact.entityType() + "/" + fact.entityId())).toList();
    }

    /** A fact with the id of the event that carried it. */
    public record SourcedFact(FactRecord fact, String eventId) {
    }

    private String rows(List<SourcedFact> facts) {
        ArrayNode rows = mapper.createArrayNode();
        for (SourcedFact sourced : facts) {
            FactRecord fact = sourced.fact();
            ObjectNode row = rows.addObject().put("entity_type", fact.entityType()).put("entity_id", fact.entityId())
                    .put("department_code", fact.departmentCode()).put("fiscal_year", fact.fiscalYear())
                    .put("version", fact.version()).put("deleted", fact.deleted())
                    .put("source_event_id", sourced.eventId());
            row.set("payload", fact.payload());
        }
        return toJson(rows);
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

    private String toJson(JsonNode json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readJson(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt projection payload", e);
        }
    }
}
