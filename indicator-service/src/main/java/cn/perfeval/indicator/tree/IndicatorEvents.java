package cn.perfeval.indicator.tree;

import static cn.perfeval.indicator.messaging.IndicatorTopic.INDICATOR_CHANGED;
import static cn.perfeval.indicator.messaging.IndicatorTopic.INDICATOR_DELETED;
import static cn.perfeval.indicator.messaging.IndicatorTopic.INDICATOR_SCHEMA;
import static cn.perfeval.indicator.messaging.IndicatorTopic.TOPIC;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;

/** Announces every indicator change on indicator-events with the indicator's full new state and version. */
@ApplicationScoped
public class IndicatorEvents {

    private final EventPublisher publisher;

    public IndicatorEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void changed(IndicatorView indicator) {
        publisher.publish(event(INDICATOR_CHANGED, indicator));
    }

    /** One changed event per indicator, in order, written to the outbox as one batch (an imported table). */
    public void changedAll(java.util.List<IndicatorView> indicators) {
        publisher.publishAll(indicators.stream().map(indicator -> event(INDICATOR_CHANGED, indicator)).toList());
    }

    /** The tombstone carries the last state with a version above it, so it supersedes every earlier event. */
    public void deleted(IndicatorView indicator) {
        publisher.publish(event(INDICATOR_DELETED, indicator));
    }

    private static OutgoingEvent event(String type, IndicatorView indicator) {
        return new OutgoingEvent(TOPIC, type, INDICATOR_SCHEMA, indicator.departmentCode(), indicator.fiscalYear(),
                indicator.departmentCode() + "/" + indicator.fiscalYear() + "/indicators/" + indicator.id(), indicator);
    }
}
