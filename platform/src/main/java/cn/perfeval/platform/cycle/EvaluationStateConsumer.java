package cn.perfeval.platform.cycle;

import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.events.inbound.TransientFailures;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the newest state of each evaluation from {@value #CHANNEL} for the {@link WriteWindow}.
 *
 * <p>Opt-in: a service that enforces the state on its writes sets the build property {@value #ENABLED} to
 * {@code true} and configures the channel {@value #CHANNEL} (connector, topic, its own consumer group and
 * dead-letter topic); the owner of the states (scoring-service) does neither, so it has no such consumer.
 */
@ApplicationScoped
@IfBuildProperty(name = EvaluationStateConsumer.ENABLED, stringValue = "true")
public class EvaluationStateConsumer {

    public static final String ENABLED = "perfeval.write-window.consume-states";
    static final String CHANNEL = "evaluation-states";
    static final String STATE_CHANGED = "cn.perfeval.scoring.evaluation.state-changed";

    private final InboundEvents inbound;
    private final EvaluationWindows windows;

    public EvaluationStateConsumer(InboundEvents inbound, EvaluationWindows windows) {
        this.inbound = inbound;
        this.windows = windows;
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
        if (!change.complete()) {
            throw new PoisonMessageException("Evaluation state event " + event.envelope().id() + " lacks department, "
                    + "year, sequence, state, label, factsWritable or time");
        }
        windows.keepNewest(change);
    }
}
