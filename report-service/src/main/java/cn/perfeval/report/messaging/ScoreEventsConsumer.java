package cn.perfeval.report.messaging;

import cn.perfeval.platform.events.inbound.InboundEvent;
import cn.perfeval.platform.events.inbound.InboundEvents;
import cn.perfeval.platform.events.inbound.PoisonMessageException;
import cn.perfeval.platform.events.inbound.TransientFailures;
import cn.perfeval.report.release.ReleaseService;
import cn.perfeval.report.scorecard.ScorecardSnapshot;
import cn.perfeval.report.scorecard.ScorecardSnapshots;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives scorecards. Every version is kept (the draft shows the newest, an approval names the one it approved); a
 * version already received (redelivery) changes nothing. A new version publishes nothing by itself: it answers an
 * approval that was waiting for it ({@link ReleaseService}). A database that is away is waited for
 * ({@link TransientFailures}); an unreadable event goes to the dead-letter topic.
 */
@ApplicationScoped
public class ScoreEventsConsumer {

    static final String SCORECARD_PUBLISHED = "cn.perfeval.scoring.scorecard.published";

    private final InboundEvents inbound;
    private final ScorecardSnapshots scorecards;
    private final ReleaseService releases;

    public ScoreEventsConsumer(InboundEvents inbound, ScorecardSnapshots scorecards, ReleaseService releases) {
        this.inbound = inbound;
        this.scorecards = scorecards;
        this.releases = releases;
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
            releases.onScorecardArrived(scorecard);
        }
    }
}
