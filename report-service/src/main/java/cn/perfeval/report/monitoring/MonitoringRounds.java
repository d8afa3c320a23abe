package cn.perfeval.report.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The newest version of each monitoring round received (table {@code monitoring_round}). Events of one evaluation
 * share a key and so arrive in order, but a redelivery or a replay can bring an older version after a newer one: the
 * version comparison in the upsert keeps the newest whatever the order.
 */
@ApplicationScoped
public class MonitoringRounds {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public MonitoringRounds(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** @return true when this version is newer than the one kept (or the round is new) and replaced it */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(MonitoringRound round, String documentJson) {
        return entityManager.createNativeQuery("""
                INSERT INTO monitoring_round (department_code, fiscal_year, as_of, version, document, received_at)
                VALUES (:dept, :year, :asOf, :version, CAST(:document AS jsonb), :now)
                ON CONFLICT (department_code, fiscal_year, as_of) DO UPDATE
                   SET version = EXCLUDED.version, document = EXCLUDED.document, received_at = EXCLUDED.received_at
                 WHERE monitoring_round.version < EXCLUDED.version
                """)
                .setParameter("dept", round.departmentCode())
                .setParameter("year", round.fiscalYear())
                .setParameter("asOf", round.asOf())
                .setParameter("version", round.version())
                .setParameter("document", documentJson)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate() > 0;
    }

    /** The round of this as-of date, as published (the document) and as read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredRound> round(String departmentCode, int fiscalYear, LocalDate asOf) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT CAST(document AS text) FROM monitoring_round
                 WHERE department_code = :dept AND fiscal_year = :year AND as_of = :asOf
                """)
                .setParameter("dept", departmentCode)
                .setParameter("year", fiscalYear)
                .setParameter("asOf", asOf)
                .getResultList();
        return rows.stream().findFirst().map(row -> new StoredRound((String) row, read((String) row)));
    }

    /** Every round of the evaluation, the newest as-of date first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonitoringRound> rounds(String departmentCode, int fiscalYear) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT CAST(document AS text) FROM monitoring_round
                 WHERE department_code = :dept AND fiscal_year = :year ORDER BY as_of DESC
                """)
                .setParameter("dept", departmentCode)
                .setParameter("year", fiscalYear)
                .getResultList();
        return rows.stream().map(row -> read((String) row)).toList();
    }

    private MonitoringRound read(String json) {
        try {
            return mapper.readValue(json, MonitoringRound.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored monitoring round is unreadable", e);
        }
    }

    /** A round as published ({@code document}, what the JSON representation returns) and as this service reads it. */
    public record StoredRound(String document, MonitoringRound round) {
    }
}
