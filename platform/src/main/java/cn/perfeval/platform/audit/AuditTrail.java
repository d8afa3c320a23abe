package cn.perfeval.platform.audit;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.ServiceName;
import cn.perfeval.platform.events.outbox.EventPublisher;
import cn.perfeval.platform.events.outbox.OutboxConfig;
import cn.perfeval.platform.security.AccessMatrix;
import cn.perfeval.platform.security.AccessRule;
import cn.perfeval.platform.security.Caller;
import cn.perfeval.platform.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Records accepted writes: each becomes a {@value #ENTRY_RECORDED} event on {@value #TOPIC} through the outbox, in
 * the write's own transaction, so an entry exists exactly when the write committed (a refused write rolls back and
 * leaves none). Who (token subject, the role the operation admitted them in), how (channel) and which operation come
 * from the request; the write passes only what it changed ({@link AuditedChange}).
 */
@ApplicationScoped
public class AuditTrail {

    public static final String TOPIC = "audit-events";
    public static final String ENTRY_RECORDED = "cn.perfeval.audit.entry-recorded";
    public static final String SYSTEM_ROLE = "system";
    /** The operation of a write the service made outside any REST request. */
    public static final String INTERNAL_OPERATION = "internal";
    /**
     * The departmentCode of a write that belongs to no department but concerns them all (a scoring scheme, a
     * projection rebuild); the consolidated log shows such entries to every department.
     */
    public static final String ALL_DEPARTMENTS = "*";
    static final URI SCHEMA = URI.create("/schemas/audit-entry-v1.json");

    private final EventPublisher publisher;
    private final Instance<Caller> caller;
    private final Instance<CurrentOperation> operation;
    private final BoundedStates states;
    private final AccessMatrix matrix = AccessMatrix.ofService();
    private final String service;

    public AuditTrail(EventPublisher publisher, Instance<Caller> caller, Instance<CurrentOperation> operation,
            ObjectMapper mapper, ServiceName service, AuditConfig config, OutboxConfig outbox) {
        this.publisher = publisher;
        this.caller = caller;
        this.operation = operation;
        // before and after together stay well below the outbox's event limit, so an audit entry never refuses a write
        this.states = new BoundedStates(mapper, Math.min(config.maxStateBytes(), outbox.maxEventBytes() / 4));
        this.service = service.name();
    }

    /**
     * Records a write made by a REST request (its operation, caller and channel are the request's). The same write
     * made by the service itself, outside a request, is recorded as {@link #recordSystem} with operation
     * {@value #INTERNAL_OPERATION}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedChange change) {
        publisher.publish(entryOf(change));
    }

    /**
     * Records the changes of one bulk write (an imported table), each as its own entry exactly as {@link #record}
     * would, written to the outbox as one batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditedChange> changes) {
        publisher.publishAll(changes.stream().map(this::entryOf).toList());
    }

    private OutgoingEvent entryOf(AuditedChange change) {
        if (!Arc.container().requestContext().isActive() || operation.get().operationId() == null) {
            return entry(change, service, SYSTEM_ROLE, AuditChannel.SYSTEM, INTERNAL_OPERATION);
        }
        String operationId = operation.get().operationId();
        String role = roleOf(operationId);
        return entry(change, caller.get().name(), role, channelOf(operationId, role), operationId);
    }

    /** Records a write the service made on its own (a scheduled job, a consequence of an event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(String operationId, AuditedChange change) {
        publisher.publish(entry(change, service, SYSTEM_ROLE, AuditChannel.SYSTEM, operationId));
    }

    private OutgoingEvent entry(AuditedChange change, String subject, String role, AuditChannel channel,
            String operationId) {
        BoundedStates.Bounded before = states.bound(change.before());
        BoundedStates.Bounded after = states.bound(change.after());
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), service, change.departmentCode(), change.fiscalYear(),
                subject, role, channel, operationId, change.entityType(), change.entityId(), change.action(),
                before.state(), after.state(), change.summarised() || before.truncated() || after.truncated(),
                Correlation.currentOrNew(),
                OffsetDateTime.now(ZoneOffset.UTC));
        return new OutgoingEvent(TOPIC, ENTRY_RECORDED, SCHEMA, change.departmentCode(),
                change.fiscalYear(), change.departmentCode() + "/audit/" + change.entityType(), entry);
    }

    /** The role the access matrix admitted the caller in (the first, alphabetically, when several qualify). */
    private String roleOf(String operationId) {
        Set<String> roles = new TreeSet<>(caller.get().roles());
        matrix.rule(operationId).map(AccessRule::roles).ifPresent(roles::retainAll);
        return roles.isEmpty() ? "anonymous" : roles.iterator().next();
    }

    /** Imports by their operation's name; everything the agency's ERP sends is a push; the rest single writes. */
    private static AuditChannel channelOf(String operationId, String role) {
        if (operationId.startsWith("import")) {
            return AuditChannel.IMPORT;
        }
        return Roles.ERP_INTEGRATION.equals(role) ? AuditChannel.ERP_PUSH : AuditChannel.REST;
    }
}
