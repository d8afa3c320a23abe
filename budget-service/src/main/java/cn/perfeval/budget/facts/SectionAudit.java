package cn.perfeval.budget.facts;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Records each write of an evaluation's input kind in the audit trail: the entity is the kind of that evaluation
 * (entityType = the kind's entity type, the name the published facts give it as a source; entityId =
 * {@code departmentCode:fiscalYear}), its state the kind's records (a list kind) or document (a singleton kind),
 * {@code null} when never reported. A long list is summarised by the trail.
 */
@ApplicationScoped
public class SectionAudit {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final AuditTrail audit;

    public SectionAudit(EntityManager entityManager, ObjectMapper mapper, AuditTrail audit) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.audit = audit;
    }

    /** The kind's state now, to pass to {@link #record} after the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public JsonNode state(String dept, int year, FactKind kind) {
        entityManager.flush();
        boolean reported = !entityManager.createNativeQuery("""
                SELECT 1 FROM fact_section WHERE department_code = :dept AND fiscal_year = :year AND kind = :kind
                """).setParameter("dept", dept).setParameter("year", year).setParameter("kind", kind.name())
                .getResultList().isEmpty();
        if (!reported) {
            return null;
        }
        ArrayNode records = mapper.createArrayNode();
        contents(dept, year, kind).forEach(content -> records.add(read(content)));
        return kind.singleton() ? (records.isEmpty() ? null : records.get(0)) : records;
    }

    /** Records the write of the kind, from {@code before} (read by {@link #state}) to its state now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String dept, int year, FactKind kind, JsonNode before) {
        audit.record(AuditedChange.of(dept, year, kind.entityType(), dept + ":" + year, before, state(dept, year, kind)));
    }

    private List<String> contents(String dept, int year, FactKind kind) {
        @SuppressWarnings("unchecked")
        List<String> contents = entityManager.createNativeQuery("""
                SELECT content FROM fact_record WHERE department_code = :dept AND fiscal_year = :year AND kind = :kind
                ORDER BY ordinal
                """).setParameter("dept", dept).setParameter("year", year).setParameter("kind", kind.name())
                .getResultList();
        return contents;
    }

    private JsonNode read(String content) {
        try {
            return mapper.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fact record is not JSON", e);
        }
    }
}
