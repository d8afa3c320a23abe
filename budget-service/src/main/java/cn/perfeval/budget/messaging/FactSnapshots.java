package cn.perfeval.budget.messaging;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Called once at the end of every write transaction: rebuilds each of the evaluation's snapshots (the budget and
 * procurement facts, the execution pace) and publishes each one whose content changed, with its version raised by
 * one, through the outbox. So a write of 100,000 ERP lines is one event per snapshot type, and a write that changes
 * nothing a consumer sees is none. The builders of one refresh share one reading of the ledger ({@link SnapshotInputs}).
 */
@ApplicationScoped
public class FactSnapshots {

    private final List<SnapshotBuilder<?>> builders;
    private final LedgerSums ledger;
    private final EventPublisher publisher;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    /** The builders are the service's own (one per {@link SnapshotType}), found by CDI so this package names none. */
    public FactSnapshots(Instance<SnapshotBuilder<?>> builders, LedgerSums ledger, EventPublisher publisher,
                         EntityManager entityManager, ObjectMapper mapper) {
        // In the order of SnapshotType a write's events reach the outbox.
        this.builders = builders.stream().sorted(Comparator.comparing(SnapshotBuilder::type)).toList();
        this.ledger = ledger;
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** The caller holds the evaluation lock (see Evaluations), so versions cannot race. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(String dept, int year) {
        SnapshotInputs inputs = new SnapshotInputs(dept, year, ledger);
        builders.forEach(builder -> publishIfChanged(builder.type(), builder.build(inputs)));
    }

    /** The snapshot as last published (or as it would be, version 0, if nothing was published yet). */
    public <S extends Snapshot<S>> S current(SnapshotBuilder<S> builder, String dept, int year) {
        return builder.build(new SnapshotInputs(dept, year, ledger)).withVersion(lastPublished(builder.type(), dept, year)
                .map(Published::version).orElse(0L));
    }

    private void publishIfChanged(SnapshotType type, Snapshot<?> snapshot) {
        String hash = sha256(json(snapshot));
        var previous = lastPublished(type, snapshot.departmentCode(), snapshot.fiscalYear());
        if (previous.isPresent() ? hash.equals(previous.get().contentHash()) : !snapshot.hasContent()) {
            return;
        }
        long version = previous.map(published -> published.version() + 1).orElse(1L);
        Object versioned = snapshot.withVersion(version);
        entityManager.createNativeQuery("""
                INSERT INTO fact_snapshot (department_code, fiscal_year, event_type, version, content_hash, data,
                                           published_at)
                VALUES (:dept, :year, :type, :version, :hash, :data, :now)
                ON CONFLICT (department_code, fiscal_year, event_type) DO UPDATE
                   SET version = EXCLUDED.version, content_hash = EXCLUDED.content_hash, data = EXCLUDED.data,
                       published_at = EXCLUDED.published_at
                """)
                .setParameter("dept", snapshot.departmentCode()).setParameter("year", snapshot.fiscalYear())
                .setParameter("type", type.type()).setParameter("version", version).setParameter("hash", hash)
                .setParameter("data", json(versioned)).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        publisher.publish(new OutgoingEvent(type.topic(), type.type(), type.schema(), snapshot.departmentCode(),
                snapshot.fiscalYear(), snapshot.departmentCode() + "/" + snapshot.fiscalYear() + "/" + type.topic(),
                versioned));
    }

    private Optional<Published> lastPublished(SnapshotType type, String dept, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT version, content_hash FROM fact_snapshot
                 WHERE department_code = :dept AND fiscal_year = :year AND event_type = :type
                """).setParameter("dept", dept).setParameter("year", year).setParameter("type", type.type())
                .getResultList();
        return rows.stream().findFirst().map(row -> new Published(((Number) row[0]).longValue(), (String) row[1]));
    }

    private record Published(long version, String contentHash) {
    }

    private String json(Object snapshot) {
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot always serialises", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
