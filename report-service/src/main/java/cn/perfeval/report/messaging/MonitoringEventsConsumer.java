package cn.perfeval.report.messaging;

import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.events.inbound.TransientFailures;
import cn.perfeval.report.monitoring.MonitoringRound;
import cn.perfeval.report.monitoring.MonitoringRounds;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives scoring-service's monitoring rounds (topic monitoring-events), from which the monitoring report is
 * rendered on request. Only the highest version of each round is kept; an older or repeated version changes nothing
 * ({@link MonitoringRounds}). A database that is away is waited for ({@link TransientFailures}); an unreadable event,
 * or one that lacks what the report needs, goes to the dead-letter topic.
 */
@ApplicationScoped
public class MonitoringEventsConsumer {

    static final String ROUND_CHANGED = "cn.perfeval.scoring.monitoring-round.changed";

    private final InboundEvents inbound;
    private final MonitoringRounds rounds;

    public MonitoringEventsConsumer(InboundEvents inbound, MonitoringRounds rounds) {
        this.inbound = inbound;
        this.rounds = rounds;
    }

    @Incoming("monitoring-events")
    @Blocking
    public void onMonitoringEvent(ConsumerRecord<String, String> record) {
        TransientFailures.retryUntilCommitted("monitoring event at " + record.topic() + "/" + record.partition() + "@"
                + record.offset(), () -> handle(record));
    }

    private void handle(ConsumerRecord<String, String> record) {
        InboundEvent event = inbound.read(record);
        if (!ROUND_CHANGED.equals(event.type())) {
            return;
        }
        MonitoringRound round = inbound.dataAs(event, MonitoringRound.class);
        if (!round.complete()) {
            throw new PoisonMessageException("Monitoring round event " + event.envelope().id() + " lacks department, "
                    + "an as-of date in its fiscal year, version, budget pace, indicators or light counts");
        }
        rounds.store(round, event.data().toString());
    }
}
