package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.monitoring.domain.Assessment;
import cn.perfeval.scoring.persistence.SqlValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rounds, their versions and the department's assessments, in PostgreSQL (V8__monitoring.sql). */
@ApplicationScoped
class RoundStore {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    RoundStore(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** A round as stored: its scheme and state. */
    record RoundRow(RoundKey key, String schemeId, RoundState state) {
    }

    /** @return false when the round exists already */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean insert(RoundKey key, String schemeId, String actor, OffsetDateTime at) {
        return entityManager.createNativeQuery("""
                INSERT INTO monitoring_round (department_code, fiscal_year, as_of, scheme_id, state, opened_by, opened_at)
                VALUES (:dept, :year, :asOf, :scheme, 'OPEN', :actor, :at) ON CONFLICT DO NOTHING
                """).setParameter("dept", key.departmentCode()).setParameter("year", key.fiscalYear())
                .setParameter("asOf", key.asOf()).setParameter("scheme", schemeId).setParameter("actor", actor)
                .setParameter("at", at).executeUpdate() == 1;
    }

    /** The round, its row locked until the transaction ends: one recompute, assessment or closure at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<RoundRow> lock(RoundKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT scheme_id, state FROM monitoring_round
                 WHERE department_code = :dept AND fiscal_year = :year AND as_of = :asOf FOR UPDATE
                """).setParameter("dept", key.departmentCode()).setParameter("year", key.fiscalYear())
                .setParameter("asOf", key.asOf()).getResultList();
        return rows.stream().findFirst().map(r -> new RoundRow(key, (String) r[0], RoundState.valueOf((String) r[1])));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void close(RoundKey key, String actor, OffsetDateTime at) {
        entityManager.createNativeQuery("""
                UPDATE monitoring_round SET state = 'CLOSED', closed_by = :actor, closed_at = :at
                 WHERE department_code = :dept AND fiscal_year = :year AND as_of = :asOf
                """).setParameter("actor", actor).setParameter("at", at).setParameter("dept", key.departmentCode())
                .setParameter("year", key.fiscalYear()).setParameter("asOf", key.asOf()).executeUpdate();
    }

    /** The as-of dates of the evaluation's open rounds. */
    List<LocalDate> openRounds(String departmentCode, int fiscalYear) {
        @SuppressWarnings("unchecked")
        List<Object> dates = entityManager.createNativeQuery("""
                SELECT as_of FROM monitoring_round
                 WHERE department_code = :dept AND fiscal_year = :year AND state = 'OPEN' ORDER BY as_of
                """).setParameter("dept", departmentCode).setParameter("year", fiscalYear).getResultList();
        return dates.stream().map(SqlValues::date).toList();
    }

    /** The latest version of the round and the hash of its content. */
    Optional<StoredVersion> latest(RoundKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT CAST(document AS text), content_hash FROM monitoring_round_version
                 WHERE department_code = :dept AND fiscal_year = :year AND as_of = :asOf
                 ORDER BY version DESC LIMIT 1
                """).setParameter("dept", key.departmentCode()).setParameter("year", key.fiscalYear())
                .setParameter("asOf", key.asOf()).getResultList();
        return rows.stream().findFirst().map(r -> new StoredVersion(read((String) r[0]), (String) r[1]));
    }

    record StoredVersion(RoundDocument document, String contentHash) {
    }

    /** The latest version of each of the evaluation's rounds, newest round first. */
    List<RoundDocument> latestOfEach(String departmentCode, int fiscalYear) {
        return documents("""
                SELECT DISTINCT ON (as_of) CAST(document AS text) FROM monitoring_round_version
                 WHERE department_code = :dept AND fiscal_year = :year ORDER BY as_of DESC, version DESC
                """, Map.of("dept", departmentCode, "year", fiscalYear));
    }

    /** The latest version of each department's latest round of the year (one department, or all when null). */
    List<RoundDocument> latestRoundPerDepartment(int fiscalYear, String departmentCode) {
        Map<String, Object> parameters = Map.of("year", fiscalYear, "dept", departmentCode == null ? "" : departmentCode);
        return documents("""
                SELECT DISTINCT ON (department_code) CAST(document AS text) FROM monitoring_round_version
                 WHERE fiscal_year = :year AND (:dept = '' OR department_code = :dept)
                 ORDER BY department_code, as_of DESC, version DESC
                """, parameters);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void insertVersion(RoundDocument document, String contentHash) {
        entityManager.createNativeQuery("""
                INSERT INTO monitoring_round_version (department_code, fiscal_year, as_of, version, document,
                                                      content_hash, computed_at)
                VALUES (:dept, :year, :asOf, :version, CAST(:document AS jsonb), :hash, :at)
                """).setParameter("dept", document.departmentCode()).setParameter("year", document.fiscalYear())
                .setParameter("asOf", document.asOf()).setParameter("version", document.version())
                .setParameter("document", write(document)).setParameter("hash", contentHash)
                .setParameter("at", document.computedAt()).executeUpdate();
    }

    /** The department's assessments of the round, by subject. */
    Map<String, Assessment> assessments(RoundKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT subject, CAST(assessment AS text) FROM monitoring_assessment
                 WHERE department_code = :dept AND fiscal_year = :year AND as_of = :asOf
                """).setParameter("dept", key.departmentCode()).setParameter("year", key.fiscalYear())
                .setParameter("asOf", key.asOf()).getResultList();
        Map<String, Assessment> assessments = new HashMap<>();
        rows.forEach(r -> assessments.put((String) r[0], read((String) r[1], Assessment.class)));
        return assessments;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void saveAssessment(RoundKey key, String subject, Assessment assessment, String actor, OffsetDateTime at) {
        entityManager.createNativeQuery("""
                INSERT INTO monitoring_assessment (department_code, fiscal_year, as_of, subject, assessment, updated_by,
                                                   updated_at)
                VALUES (:dept, :year, :asOf, :subject, CAST(:assessment AS jsonb), :actor, :at)
                ON CONFLICT (department_code, fiscal_year, as_of, subject) DO UPDATE
                   SET assessment = EXCLUDED.assessment, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                """).setParameter("dept", key.departmentCode()).setParameter("year", key.fiscalYear())
                .setParameter("asOf", key.asOf()).setParameter("subject", subject)
                .setParameter("assessment", write(assessment)).setParameter("actor", actor).setParameter("at", at)
                .executeUpdate();
    }

    private List<RoundDocument> documents(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(row -> read((String) row)).toList();
    }

    private RoundDocument read(String json) {
        return read(json, RoundDocument.class);
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt monitoring row", e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
