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

/** Keeps the newest scorecard of each evaluation; an older or repeated version changes nothing. */
@ApplicationScoped
public class ScorecardSnapshots {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ScorecardSnapshots(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** @return true when this version is newer than what was stored */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(ScorecardSnapshot snapshot, String documentJson) {
        return entityManager.createNativeQuery("""
                INSERT INTO scorecard_snapshot (department_code, fiscal_year, version, document, received_at)
                VALUES (:dept, :year, :version, CAST(:document AS jsonb), :now)
                ON CONFLICT (department_code, fiscal_year) DO UPDATE
                   SET version = EXCLUDED.version, document = EXCLUDED.document, received_at = EXCLUDED.received_at
                 WHERE scorecard_snapshot.version < EXCLUDED.version
                """)
                .setParameter("dept", snapshot.departmentCode())
                .setParameter("year", snapshot.fiscalYear())
                .setParameter("version", snapshot.version())
                .setParameter("document", documentJson)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScorecardSnapshot> latest(String departmentCode, int fiscalYear) {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery("""
                SELECT CAST(document AS text) FROM scorecard_snapshot WHERE department_code = :dept AND fiscal_year = :year
                """)
                .setParameter("dept", departmentCode)
                .setParameter("year", fiscalYear)
                .getResultList();
        return rows.stream().findFirst().map(this::read);
    }

    private ScorecardSnapshot read(String json) {
        try {
            return mapper.readValue(json, ScorecardSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scorecard is unreadable", e);
        }
    }
}
