package cn.perfeval.scoring.validation;

import cn.perfeval.scoring.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The department's explanations of warnings, one per rule and record; a new one replaces the last. */
@ApplicationScoped
class ExplanationStore {

    private final EntityManager entityManager;

    ExplanationStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void save(String dept, int year, String ruleId, RecordRef record, Explanation explanation) {
        entityManager.createNativeQuery("""
                INSERT INTO validation_explanation (department_code, fiscal_year, rule_id, record_type, record_id, text,
                    explained_by, explained_at)
                VALUES (:dept, :year, :rule, :type, :id, :text, :by, :at)
                ON CONFLICT (department_code, fiscal_year, rule_id, record_type, record_id) DO UPDATE
                   SET text = EXCLUDED.text, explained_by = EXCLUDED.explained_by, explained_at = EXCLUDED.explained_at
                """).setParameter("dept", dept).setParameter("year", year).setParameter("rule", ruleId)
                .setParameter("type", record.type()).setParameter("id", record.id())
                .setParameter("text", explanation.text()).setParameter("by", explanation.by())
                .setParameter("at", explanation.at()).executeUpdate();
    }

    /** The evaluation's explanations by {@link #key}. */
    Map<String, Explanation> of(String dept, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT rule_id, record_type, record_id, text, explained_by, explained_at FROM validation_explanation
                 WHERE department_code = :dept AND fiscal_year = :year
                """).setParameter("dept", dept).setParameter("year", year).getResultList();
        Map<String, Explanation> explanations = new HashMap<>();
        for (Object[] row : rows) {
            explanations.put(key((String) row[0], (String) row[1], (String) row[2]),
                    new Explanation((String) row[3], (String) row[4], SqlValues.timestamp(row[5])));
        }
        return explanations;
    }

    static String key(String ruleId, String recordType, String recordId) {
        return ruleId + "\u0000" + recordType + "\u0000" + recordId;
    }
}
