package cn.perfeval.report.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Every scorecard version received for each evaluation. The draft shows the newest; an approval names the version
 * the bureau approved, which is what the public report shows, so older versions are kept too. A repeated version
 * (redelivery) changes nothing.
 */
@ApplicationScoped
public class ScorecardSnapshots {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ScorecardSnapshots(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** @return true when this version had not been received before */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(ScorecardSnapshot snapshot, String documentJson) {
        return entityManager.createNativeQuery("""
                INSERT INTO scorecard_snapshot (department_code, fiscal_year, version, document, received_at)
                VALUES (:dept, :year, :version, CAST(:document AS jsonb), :now)
                ON CONFLICT (department_code, fiscal_year, version) DO NOTHING
                """)
                .setParameter("dept", snapshot.departmentCode())
                .setParameter("year", snapshot.fiscalYear())
                .setParameter("version", snapshot.version())
                .setParameter("document", documentJson)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate() > 0;
    }

    /** The newest version received. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScorecardSnapshot> latest(String departmentCode, int fiscalYear) {
        return first(entityManager.createNativeQuery("""
                SELECT CAST(document AS text) FROM scorecard_snapshot WHERE department_code = :dept AND fiscal_year = :year
                 ORDER BY version DESC LIMIT 1
                """)
                .setParameter("dept", departmentCode)
                .setParameter("year", fiscalYear)
                .getResultList());
    }

    /** Exactly this version, if it has arrived. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScorecardSnapshot> version(String departmentCode, int fiscalYear, int version) {
        return first(entityManager.createNativeQuery("""
                SELECT CAST(document AS text) FROM scorecard_snapshot
                 WHERE department_code = :dept AND fiscal_year = :year AND version = :version
                """)
                .setParameter("dept", departmentCode)
                .setParameter("year", fiscalYear)
                .setParameter("version", version)
                .getResultList());
    }

    private Optional<ScorecardSnapshot> first(List<?> rows) {
        return rows.stream().findFirst().map(row -> read((String) row));
    }

    private ScorecardSnapshot read(String json) {
        try {
            return mapper.readValue(json, ScorecardSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scorecard is unreadable", e);
        }
    }
}
