package cn.perfeval.platform.events.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event waiting to be relayed, written in the same transaction as the state change it announces: if the
 * change commits, the event will reach Kafka; if it rolls back, the event never existed.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Insertion order; the relay sends in this order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The CloudEvents JSON document, exactly as it will be sent. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "correlation_id")
    public String correlationId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** When the broker refused the row for good; it is then skipped, with its evaluation's later rows. */
    @Column(name = "dead_at")
    public OffsetDateTime deadAt;
}
