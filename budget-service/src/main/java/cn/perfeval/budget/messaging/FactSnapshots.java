package cn.perfeval.budget.messaging;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/**
 * Called once at the end of every write transaction: rebuilds the evaluation's two fact snapshots and publishes
 * each one whose content changed, with its version raised by one, through the outbox. So a write of 100,000 ERP
 * lines is one event, and a write that changes nothing a consumer sees is none.
 */
@ApplicationScoped
public class FactSnapshots {

    private final BudgetSnapshotBuilder budget;
    private final ProcurementSnapshotBuilder procurement;
    private final EventPublisher publisher;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public FactSnapshots(BudgetSnapshotBuilder budget, ProcurementSnapshotBuilder procurement, EventPublisher publisher,
                         EntityManager entityManager, ObjectMapper mapper) {
        this.budget = budget;
        this.procurement = procurement;
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** The caller holds the evaluation lock (see Evaluations), so versions cannot race. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(String dept, int year) {
        publishIfChanged(FactTopic.BUDGET, budget.build(dept, year));
        publishIfChanged(FactTopic.PROCUREMENT, procurement.build(dept, year));
    }

    /** The snapshot as last published (or as it would be, version 0, if nothing was published yet). */
    public FactSnapshot current(FactTopic topic, String dept, int year) {
        FactSnapshot built = topic == FactTopic.BUDGET ? budget.build(dept, year) : procurement.build(dept, year);
        return built.withVersion(lastPublished(topic, dept, year).map(row -> ((Number) row[0]).longValue()).orElse(0L));
    }

    private void publishIfChanged(FactTopic topic, FactSnapshot snapshot) {
        String hash = sha256(json(snapshot));
        var previous = lastPublished(topic, snapshot.departmentCode(), snapshot.fiscalYear());
        if (previous.isPresent() ? hash.equals(previous.get()[1]) : !snapshot.hasContent()) {
            return;
        }
        long version = previous.map(row -> ((Number) row[0]).longValue() + 1).orElse(1L);
        FactSnapshot versioned = snapshot.withVersion(version);
        entityManager.createNativeQuery("""
                INSERT INTO fact_snapshot (department_code, fiscal_year, topic, version, content_hash, data, published_at)
                VALUES (:dept, :year, :topic, :version, :hash, :data, :now)
                ON CONFLICT (department_code, fiscal_year, topic) DO UPDATE
                   SET version = EXCLUDED.version, content_hash = EXCLUDED.content_hash, data = EXCLUDED.data,
                       published_at = EXCLUDED.published_at
                """)
                .setParameter("dept", snapshot.departmentCode()).setParameter("year", snapshot.fiscalYear())
                .setParameter("topic", topic.topic()).setParameter("version", version).setParameter("hash", hash)
                .setParameter("data", json(versioned)).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        publisher.publish(new OutgoingEvent(topic.topic(), topic.type(), topic.schema(), snapshot.departmentCode(),
                snapshot.fiscalYear(), snapshot.departmentCode() + "/" + snapshot.fiscalYear() + "/" + topic.topic(),
                versioned));
    }

    private java.util.Optional<Object[]> lastPublished(FactTopic topic, String dept, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT version, content_hash FROM fact_snapshot
                 WHERE department_code = :dept AND fiscal_year = :year AND topic = :topic
                """).setParameter("dept", dept).setParameter("year", year).setParameter("topic", topic.topic())
                .getResultList();
        return rows.stream().findFirst();
    }

    private String json(FactSnapshot snapshot) {
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
