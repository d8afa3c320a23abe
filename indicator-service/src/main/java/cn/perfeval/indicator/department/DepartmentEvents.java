package cn.perfeval.indicator.department;

import static cn.perfeval.indicator.messaging.IndicatorTopic.DEPARTMENT_CHANGED;
import static cn.perfeval.indicator.messaging.IndicatorTopic.DEPARTMENT_SCHEMA;
import static cn.perfeval.indicator.messaging.IndicatorTopic.TOPIC;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A department's name and functions, which the report quotes. Departments span years; the event is keyed to the
 * year it is published for, so it travels with that evaluation's other events.
 */
@ApplicationScoped
public class DepartmentEvents {

    private final EventPublisher publisher;

    public DepartmentEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void changed(DepartmentView department, int fiscalYear) {
        publisher.publish(new OutgoingEvent(TOPIC, DEPARTMENT_CHANGED, DEPARTMENT_SCHEMA, department.code(), fiscalYear,
                department.code() + "/" + fiscalYear + "/department", new DepartmentFacts(department, fiscalYear)));
    }

    /** Department state in the shape every indicator-events payload has: id, departmentCode, fiscalYear, version. */
    public record DepartmentFacts(String id, String departmentCode, int fiscalYear, long version, String code,
            String name, String functions) {
        DepartmentFacts(DepartmentView department, int fiscalYear) {
            this(department.code() + ":" + fiscalYear, department.code(), fiscalYear, department.version(),
                    department.code(), department.name(), department.functions());
        }
    }
}
