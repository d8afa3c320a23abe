package cn.perfeval.scoring.messaging;

import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.events.inbound.TransientFailures;
import cn.perfeval.scoring.cycle.EvaluationCycle;
import cn.perfeval.scoring.validation.NarrativeSection;
import cn.perfeval.scoring.validation.NarrativeStore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads what report-service announces on {@code report-events}: a released public version answering an approval
 * (recorded as the transition {@code release}) and the narrative's sections after each write (for the rule
 * narrative-section-empty). Both are idempotent: a stale or repeated event changes nothing. Other types
 * (report.published) are not scoring's concern.
 */
@ApplicationScoped
public class ReportEventsConsumer {

    public static final String RELEASED = "cn.perfeval.report.report.released";
    public static final String NARRATIVE_CHANGED = "cn.perfeval.report.narrative.changed";

    private static final Logger LOG = Logger.getLogger(ReportEventsConsumer.class);

    private final InboundEvents inbound;
    private final EvaluationCycle cycle;
    private final NarrativeStore narrative;

    public ReportEventsConsumer(InboundEvents inbound, EvaluationCycle cycle, NarrativeStore narrative) {
        this.inbound = inbound;
        this.cycle = cycle;
        this.narrative = narrative;
    }

    @Incoming("report-events")
    @Blocking
    public void onReportEvent(ConsumerRecord<String, String> record) {
        TransientFailures.retryUntilCommitted("event at " + record.topic() + "/" + record.partition() + "@"
                + record.offset(), () -> apply(inbound.read(record)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        switch (event.type()) {
            case RELEASED -> {
                Released released = required(inbound.dataAs(event, Released.class), event);
                cycle.release(released.departmentCode(), released.fiscalYear(), released.approvalSequence());
            }
            case NARRATIVE_CHANGED -> {
                NarrativeChanged changed = required(inbound.dataAs(event, NarrativeChanged.class), event);
                narrative.record(changed.departmentCode(), changed.fiscalYear(), changed.revision(), changed.sections());
            }
            default -> LOG.debugf("Ignoring event type %s", event.type());
        }
    }

    private static <T extends Identified> T required(T data, InboundEvent event) {
        if (!data.complete()) {
            throw new PoisonMessageException(event.type() + " event " + event.envelope().id()
                    + " without the fields its schema requires");
        }
        return data;
    }

    /** The fields every report event names its evaluation by. */
    interface Identified {
        boolean complete();
    }

    /** report-released-v1.json, the fields scoring reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Released(String departmentCode, Integer fiscalYear, Integer approvalSequence) implements Identified {
        @Override
        public boolean complete() {
            return departmentCode != null && fiscalYear != null && approvalSequence != null && approvalSequence > 0;
        }
    }

    /** narrative-changed-v1.json. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NarrativeChanged(String departmentCode, Integer fiscalYear, Long revision, List<NarrativeSection> sections)
            implements Identified {
        @Override
        public boolean complete() {
            return departmentCode != null && fiscalYear != null && revision != null && sections != null
                    && sections.stream().allMatch(section -> section != null && section.key() != null);
        }
    }
}
