package cn.perfeval.indicator.messaging;

import cn.perfeval.indicator.tree.IndicatorView;
import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/** Announces every indicator change on {@value #TOPIC} with the indicator's full new state and version. */
@ApplicationScoped
public class IndicatorEvents {

    public static final String TOPIC = "indicator-events";
    public static final String CHANGED = "cn.perfeval.indicator.indicator.changed";
    public static final String DELETED = "cn.perfeval.indicator.indicator.deleted";
    static final URI SCHEMA = URI.create("/schemas/indicator-v1.json");

    private final EventPublisher publisher;

    public IndicatorEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void changed(IndicatorView indicator) {
        publisher.publish(event(CHANGED, indicator));
    }

    /** The tombstone carries the last state with a version above it, so it supersedes every earlier event. */
    public void deleted(IndicatorView indicator) {
        publisher.publish(event(DELETED, indicator));
    }

    private static OutgoingEvent event(String type, IndicatorView indicator) {
        return new OutgoingEvent(TOPIC, type, SCHEMA, indicator.departmentCode(), indicator.fiscalYear(),
                indicator.departmentCode() + "/" + indicator.fiscalYear() + "/indicators/" + indicator.id(), indicator);
    }
}
