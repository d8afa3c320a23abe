package cn.perfeval.report.messaging;

import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.events.inbound.TransientFailures;
import cn.perfeval.report.release.EvaluationStateChange;
import cn.perfeval.report.release.ReleaseService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives scoring-service's evaluation state events (channel {@value #CHANNEL}, topic evaluation-state-events, a
 * consumer group of its own) for publishing: an approval publishes the approved report ({@link ReleaseService}).
 * Other states publish nothing. Refusing narrative writes while an evaluation is locked is the platform's write
 * guard, which reads the same topic with the service's group. A database that is away is waited for; an unreadable
 * event, or an approval naming no scorecard, goes to the dead-letter topic.
 */
@ApplicationScoped
public class EvaluationStateConsumer {

    static final String CHANNEL = "evaluation-approvals";
    static final String STATE_CHANGED = "cn.perfeval.scoring.evaluation.state-changed";

    private final InboundEvents inbound;
    private final ReleaseService releases;

    public EvaluationStateConsumer(InboundEvents inbound, ReleaseService releases) {
        this.inbound = inbound;
        this.releases = releases;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onStateEvent(ConsumerRecord<String, String> record) {
        TransientFailures.retryUntilCommitted("evaluation state event at " + record.topic() + "/" + record.partition()
                + "@" + record.offset(), () -> handle(record));
    }

    private void handle(ConsumerRecord<String, String> record) {
        InboundEvent event = inbound.read(record);
        if (!STATE_CHANGED.equals(event.type())) {
            return;
        }
        EvaluationStateChange change = inbound.dataAs(event, EvaluationStateChange.class);
        if (!change.complete() || change.approvalWithoutScorecard()) {
            throw new PoisonMessageException("Evaluation state event " + event.envelope().id() + " lacks department, "
                    + "year, sequence or state, or approves no scorecard version");
        }
        releases.onStateChanged(change);
    }
}
