package cn.perfeval.scoring.bureau;

import cn.perfeval.scoring.engine.scorecard.Scorecard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Keeps each evaluation's latest scorecard in columns (latest_scorecard, latest_item_score) for the bureau's list.
 * Called in the transaction that stores the scorecard version, so the two never disagree; a version older than the
 * one held is ignored, whatever order two writers commit in.
 */
@ApplicationScoped
public class LatestScorecards {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public LatestScorecards(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(String departmentCode, int fiscalYear, int version, Scorecard scorecard) {
        int replaced = entityManager.createNativeQuery("""
                INSERT INTO latest_scorecard (fiscal_year, department_code, version, total, grade, complete, dimensions)
                VALUES (:year, :dept, :version, :total, :grade, :complete, CAST(:dimensions AS jsonb))
                ON CONFLICT (fiscal_year, department_code) DO UPDATE
                   SET version = EXCLUDED.version, total = EXCLUDED.total, grade = EXCLUDED.grade,
                       complete = EXCLUDED.complete, dimensions = EXCLUDED.dimensions
                 WHERE latest_scorecard.version < EXCLUDED.version
                """).setParameter("year", fiscalYear).setParameter("dept", departmentCode)
                .setParameter("version", version).setParameter("total", scorecard.total())
                .setParameter("grade", scorecard.grade().name()).setParameter("complete", scorecard.complete())
                .setParameter("dimensions", json(scorecard.dimensions().stream()
                        .map(d -> Map.of("code", d.code(), "score", d.score())).toList()))
                .executeUpdate();
        if (replaced > 0) {
            replaceItems(departmentCode, fiscalYear, scorecard);
        }
    }

    private void replaceItems(String departmentCode, int fiscalYear, Scorecard scorecard) {
        entityManager.createNativeQuery("DELETE FROM latest_item_score WHERE fiscal_year = :year AND department_code = :dept")
                .setParameter("year", fiscalYear).setParameter("dept", departmentCode).executeUpdate();
        List<Map<String, Object>> items = scorecard.items().stream().map(item -> Map.<String, Object>of(
                "code", item.code(), "name", item.name(), "max", item.max(), "score", item.score())).toList();
        entityManager.createNativeQuery("""
                INSERT INTO latest_item_score (fiscal_year, department_code, position, item_code, name, max, score)
                SELECT :year, :dept, i.n, i.item->>'code', i.item->>'name', CAST(i.item->>'max' AS numeric),
                       CAST(i.item->>'score' AS numeric)
                  FROM jsonb_array_elements(CAST(:items AS jsonb)) WITH ORDINALITY AS i(item, n)
                """).setParameter("year", fiscalYear).setParameter("dept", departmentCode)
                .setParameter("items", json(items)).executeUpdate();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
