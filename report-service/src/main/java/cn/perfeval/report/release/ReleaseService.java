package cn.perfeval.report.release;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import cn.perfeval.report.evaluation.EvaluationLock;
import cn.perfeval.report.evaluation.ReportEvents;
import cn.perfeval.report.publication.PublicVersion;
import cn.perfeval.report.publication.PublicationService;
import cn.perfeval.report.scorecard.ScorecardSnapshot;
import cn.perfeval.report.scorecard.ScorecardSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;

/**
 * Answers approvals (docs/yearly-cycle.md): an APPROVED state event naming scorecard version N publishes the
 * report composed from N with the current narrative, as soon as both the approval and N have arrived (in either
 * order), and then announces {@value #EVENT_TYPE} with the public version, new or unchanged, so that scoring-service
 * records the release. Each approval is answered once: a redelivered or older state event changes nothing.
 */
@ApplicationScoped
public class ReleaseService {

    public static final String EVENT_TYPE = "cn.perfeval.report.report.released";
    static final URI SCHEMA = URI.create("/schemas/report-released-v1.json");

    private final EvaluationLock lock;
    private final ReportApprovals approvals;
    private final ScorecardSnapshots scorecards;
    private final PublicationService publications;
    private final EventPublisher events;

    public ReleaseService(EvaluationLock lock, ReportApprovals approvals, ScorecardSnapshots scorecards,
            PublicationService publications, EventPublisher events) {
        this.lock = lock;
        this.approvals = approvals;
        this.scorecards = scorecards;
        this.publications = publications;
        this.events = events;
    }

    /** A state event: kept when newer; an approval is answered at once when its scorecard is here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onStateChanged(EvaluationStateChange change) {
        String dept = change.departmentCode();
        int year = change.fiscalYear();
        lock.lock(dept, year);
        Integer approved = change.approved() ? change.scorecardVersion() : null;
        if (!approvals.record(dept, year, change.sequence(), approved) || approved == null) {
            return;
        }
        scorecards.version(dept, year, approved).ifPresent(scorecard -> release(scorecard, change.sequence()));
    }

    /** A scorecard version received for the first time: it answers an approval that was waiting for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onScorecardArrived(ScorecardSnapshot scorecard) {
        lock.lock(scorecard.departmentCode(), scorecard.fiscalYear());
        approvals.awaiting(scorecard.departmentCode(), scorecard.fiscalYear(), scorecard.version())
                .ifPresent(sequence -> release(scorecard, sequence));
    }

    private void release(ScorecardSnapshot scorecard, int approvalSequence) {
        String dept = scorecard.departmentCode();
        int year = scorecard.fiscalYear();
        PublicVersion version = publications.publishApproved(scorecard);
        approvals.answered(dept, year, approvalSequence, version.number());
        events.publish(new OutgoingEvent(ReportEvents.TOPIC, EVENT_TYPE, SCHEMA, dept, year,
                dept + "/" + year + "/report/versions/" + version.number(),
                new ReportReleased(dept, year, approvalSequence, scorecard.version(), version.number(),
                        version.created(), version.url())));
    }
}
