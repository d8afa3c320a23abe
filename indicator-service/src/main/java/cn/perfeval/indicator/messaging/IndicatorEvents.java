package cn.perfeval.indicator.messaging;

import cn.perfeval.indicator.department.DepartmentView;
import cn.perfeval.indicator.goals.GoalsView;
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
    public static final String DEPARTMENT_CHANGED = "cn.perfeval.indicator.department.changed";
    public static final String EVALUATION_CHANGED = "cn.perfeval.indicator.evaluation.changed";
    static final URI SCHEMA = URI.create("/schemas/indicator-v1.json");
    static final URI DEPARTMENT_SCHEMA = URI.create("/schemas/department-v1.json");
    static final URI EVALUATION_SCHEMA = URI.create("/schemas/evaluation-v1.json");

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

    /**
     * A department's name and functions, which the report quotes. Departments span years; the event is keyed to
     * the year it is published for, so it travels with that evaluation's other events.
     */
    public void departmentChanged(DepartmentView department, int fiscalYear) {
        publisher.publish(new OutgoingEvent(TOPIC, DEPARTMENT_CHANGED, DEPARTMENT_SCHEMA, department.code(), fiscalYear,
                department.code() + "/" + fiscalYear + "/department", new DepartmentFacts(department, fiscalYear)));
    }

    /** The evaluation's goals and key tasks, which the report's first section quotes. */
    public void goalsChanged(GoalsView goals) {
        publisher.publish(new OutgoingEvent(TOPIC, EVALUATION_CHANGED, EVALUATION_SCHEMA,
                goals.departmentCode(), goals.fiscalYear(), goals.departmentCode() + "/" + goals.fiscalYear() + "/goals", goals));
    }

    /** Department state in the shape every indicator-events payload has: id, departmentCode, fiscalYear, version. */
    public record DepartmentFacts(String id, String departmentCode, int fiscalYear, long version, String code,
            String name, String functions) {
        DepartmentFacts(DepartmentView department, int fiscalYear) {
            this(department.code() + ":" + fiscalYear, department.code(), fiscalYear, department.version(),
                    department.code(), department.name(), department.functions());
        }
    }

    private static OutgoingEvent event(String type, IndicatorView indicator) {
        return new OutgoingEvent(TOPIC, type, SCHEMA, indicator.departmentCode(), indicator.fiscalYear(),
                indicator.departmentCode() + "/" + indicator.fiscalYear() + "/indicators/" + indicator.id(), indicator);
    }
}
