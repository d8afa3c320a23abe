package cn.perfeval.indicator.goals;

import static cn.perfeval.indicator.messaging.IndicatorTopic.EVALUATION_CHANGED;
import static cn.perfeval.indicator.messaging.IndicatorTopic.EVALUATION_SCHEMA;
import static cn.perfeval.indicator.messaging.IndicatorTopic.TOPIC;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;

/** The evaluation's goals and key tasks, which the report's first section quotes. */
@ApplicationScoped
public class GoalsEvents {

    private final EventPublisher publisher;

    public GoalsEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void changed(GoalsView goals) {
        publisher.publish(new OutgoingEvent(TOPIC, EVALUATION_CHANGED, EVALUATION_SCHEMA, goals.departmentCode(),
                goals.fiscalYear(), goals.departmentCode() + "/" + goals.fiscalYear() + "/goals", goals));
    }
}
