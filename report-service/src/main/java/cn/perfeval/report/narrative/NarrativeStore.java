package cn.perfeval.report.narrative;

import cn.perfeval.report.rendering.NarrativeTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The narrative_revision rows: append-only, the newest revision of a section is its current text. */
@ApplicationScoped
public class NarrativeStore {

    private final EntityManager entityManager;

    public NarrativeStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The current text of every written (not withdrawn) section. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NarrativeTexts current(String departmentCode, int fiscalYear) {
        Map<String, String> texts = new HashMap<>();
        for (NarrativeRevision revision : latestRevisions(departmentCode, fiscalYear)) {
            if (revision.text() != null) {
                texts.put(revision.key(), revision.text());
            }
        }
        return new NarrativeTexts(texts);
    }

    /** The newest revision of each section ever written, withdrawn ones included, by key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NarrativeRevision> latestRevisions(String departmentCode, int fiscalYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT DISTINCT ON (section_key) section_key, revision, text, written_by, written_at
                  FROM narrative_revision WHERE department_code = :dept AND fiscal_year = :year
                 ORDER BY section_key, revision DESC
                """)
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear)
                .getResultList();
        return rows.stream().map(NarrativeStore::revision).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NarrativeRevision> latest(String departmentCode, int fiscalYear, String key) {
        List<NarrativeRevision> history = history(departmentCode, fiscalYear, key);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** Every revision of one section, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NarrativeRevision> history(String departmentCode, int fiscalYear, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT section_key, revision, text, written_by, written_at FROM narrative_revision
                 WHERE department_code = :dept AND fiscal_year = :year AND section_key = :key ORDER BY revision
                """)
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear).setParameter("key", key)
                .getResultList();
        return rows.stream().map(NarrativeStore::revision).toList();
    }

    /**
     * How many revisions the evaluation's sections have, all together: it grows by one with every write and
     * withdrawal (rows are only appended, under the evaluation's lock), so it numbers the evaluation's narrative
     * states.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int revisionCount(String departmentCode, int fiscalYear) {
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM narrative_revision WHERE department_code = :dept AND fiscal_year = :year
                """)
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear)
                .getSingleResult()).intValue();
    }

    /** Appends a revision; the caller holds the evaluation's lock, so the next number is free. */
    @Transactional(Transactional.TxType.MANDATORY)
    NarrativeRevision append(String departmentCode, int fiscalYear, String key, String text, String actor) {
        int next = latest(departmentCode, fiscalYear, key).map(NarrativeRevision::revision).orElse(0) + 1;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.createNativeQuery("""
                INSERT INTO narrative_revision (department_code, fiscal_year, section_key, revision, text, written_by,
                                                written_at)
                VALUES (:dept, :year, :key, :revision, :text, :actor, :now)
                """)
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear).setParameter("key", key)
                .setParameter("revision", next).setParameter("text", text).setParameter("actor", actor)
                .setParameter("now", now)
                .executeUpdate();
        return new NarrativeRevision(key, next, text, actor, now);
    }

    private static NarrativeRevision revision(Object[] row) {
        Object writtenAt = row[4];
        OffsetDateTime at = writtenAt instanceof OffsetDateTime odt ? odt
                : writtenAt instanceof java.time.Instant instant ? instant.atOffset(ZoneOffset.UTC)
                : ((java.sql.Timestamp) writtenAt).toInstant().atOffset(ZoneOffset.UTC);
        return new NarrativeRevision((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3], at);
    }
}
