package cn.perfeval.report.messaging;

import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.events.inbound.TransientFailures;
import cn.perfeval.report.publication.PublicationService;
import cn.perfeval.report.scorecard.ScorecardSnapshot;
import cn.perfeval.report.scorecard.ScorecardSnapshots;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives scorecards. A version already seen (redelivery) or older than the stored one changes nothing; a newer
 * one is stored and, for a published report, republished when the content changed. A database that is away is
 * waited for ({@link TransientFailures}); an unreadable event goes to the dead-letter topic.
 */
@ApplicationScoped
public class ScoreEventsConsumer {

    static final String SCORECARD_PUBLISHED = "cn.perfeval.scoring.scorecard.published";

    private final InboundEvents inbound;
    private final ScorecardSnapshots scorecards;
    private final PublicationService publications;

    public ScoreEventsConsumer(InboundEvents inbound, ScorecardSnapshots scorecards, PublicationService publications) {
        this.inbound = inbound;
        this.scorecards = scorecards;
        this.publications = publications;
    }

    @Incoming("score-events")
    @Blocking
    public void onScoreEvent(ConsumerRecord<String, String> record) {
        TransientFailures.retryUntilCommitted("score event at " + record.topic() + "/" + record.partition() + "@"
                + record.offset(), () -> handle(record));
    }

    private void handle(ConsumerRecord<String, String> record) {
        InboundEvent event = inbound.read(record);
        if (!SCORECARD_PUBLISHED.equals(event.type())) {
            return;
        }
        ScorecardSnapshot scorecard = inbound.dataAs(event, ScorecardSnapshot.class);
        if (scorecard.departmentCode() == null || scorecard.total() == null || scorecard.dimensions() == null
                || scorecard.items() == null || scorecard.version() < 1) {
            throw new PoisonMessageException("Scorecard event " + event.envelope().id() + " lacks department, total, "
                    + "dimensions, items or version");
        }
        if (scorecards.store(scorecard, event.data().toString())) {
            publications.republishIfPublished(scorecard);
        }
    }
}
