package cn.perfeval.scoring.audit;

import cn.perfeval.platform.audit.AuditEntry;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.events.inbound.TransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Collects every service's audit entries (its own included) into the append-only {@link AuditLog}. A redelivered
 * entry changes nothing; an entry lacking a required field goes to the dead-letter topic.
 */
@ApplicationScoped
public class AuditEventsConsumer {

    private final InboundEvents inbound;
    private final AuditLog log;

    public AuditEventsConsumer(InboundEvents inbound, AuditLog log) {
        this.inbound = inbound;
        this.log = log;
    }

    @Incoming("audit-events")
    @Blocking
    public void onAuditEvent(ConsumerRecord<String, String> record) {
        TransientFailures.retryUntilCommitted("audit event at " + record.topic() + "/" + record.partition() + "@"
                + record.offset(), () -> handle(record));
    }

    private void handle(ConsumerRecord<String, String> record) {
        InboundEvent event = inbound.read(record);
        if (!AuditTrail.ENTRY_RECORDED.equals(event.type())) {
            return;
        }
        AuditEntry entry = inbound.dataAs(event, AuditEntry.class);
        if (entry.entryId() == null || blank(entry.service()) || blank(entry.departmentCode()) || blank(entry.subject())
                || blank(entry.role()) || entry.channel() == null || blank(entry.operation())
                || blank(entry.entityType()) || blank(entry.entityId()) || entry.action() == null || entry.at() == null) {
            throw new PoisonMessageException("Audit entry " + event.envelope().id() + " lacks a required field");
        }
        log.append(entry);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
