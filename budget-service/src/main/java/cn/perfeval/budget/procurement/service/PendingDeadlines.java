package cn.perfeval.budget.procurement.service;

import cn.perfeval.platform.concurrency.AdvisoryLocks;
import cn.perfeval.platform.time.ChinaClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Turns pending acts into overdue ones when their deadline passes: once a day, each evaluation with a pending act
 * whose deadline lies before today is re-judged in its own transaction, and its snapshot is published only if it
 * changed. Nothing else is recomputed; a day that passes no deadline costs one indexed query. A run missed while
 * the service was down is caught up by the next one, since it looks for every deadline before today. Every
 * instance's scheduler fires; the first to take an advisory lock does the day's check and the others skip it.
 */
@ApplicationScoped
public class PendingDeadlines {

    private static final Logger LOG = Logger.getLogger(PendingDeadlines.class);
    static final String DAILY_RUN_LOCK = "budget:pending-deadlines";
    /** The lock is held by a transaction that spans the run; a province's re-judging must not outlive it. */
    private static final int RUN_TIMEOUT_SECONDS = 3600;

    private final TimelinessVerdicts verdicts;
    private final ProcurementWrites procurement;
    private final Clock clock;
    private final AdvisoryLocks locks;

    public PendingDeadlines(TimelinessVerdicts verdicts, ProcurementWrites procurement, Clock clock,
            AdvisoryLocks locks) {
        this.verdicts = verdicts;
        this.procurement = procurement;
        this.clock = clock;
        this.locks = locks;
    }

    @Scheduled(identity = "pending-deadlines", cron = "{budget.timeliness.recheck-cron}", timeZone = ChinaClock.ZONE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        recheckUnlessAnotherInstanceIs();
    }

    /** @return the evaluations re-judged; 0 when another instance is running the check */
    public int recheckUnlessAnotherInstanceIs() {
        return QuarkusTransaction.requiringNew().timeout(RUN_TIMEOUT_SECONDS)
                .call(() -> locks.tryHold(DAILY_RUN_LOCK) ? recheck() : 0);
    }

    /** @return the evaluations re-judged */
    public int recheck() {
        List<Object[]> stale = verdicts.evaluationsWithDeadlinePassed(LocalDate.now(clock));
        int rejudged = 0;
        for (Object[] evaluation : stale) {
            String dept = (String) evaluation[0];
            int year = ((Number) evaluation[1]).intValue();
            try {
                QuarkusTransaction.requiringNew().run(() -> procurement.rejudge(dept, year));
                rejudged++;
            } catch (RuntimeException e) {
                // One evaluation that cannot be judged must not keep the others stale; the next run retries it.
                LOG.errorf(e, "Could not re-judge the procurement deadlines of %s %d", dept, year);
            }
        }
        return rejudged;
    }
}
