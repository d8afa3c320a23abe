package cn.perfeval.report.publication;

import cn.perfeval.platform.concurrency.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which version of each published report is the latest, known in memory so that the public page costs no database
 * query. A publication made by this instance counts the moment its transaction commits; the database is asked
 * again when what is known is older than {@code report.public-pages.latest-recheck}, which bounds how long a
 * publication made by another instance of the service takes to show here. Numbers only grow: a database read that
 * started before a commit never hides the version that commit published. Each committed publication is counted in
 * {@code perfeval_report_publications_total} (at commit, so a rolled-back or retried one is not counted twice).
 */
@ApplicationScoped
public class LatestVersions {

    private record Evaluation(String departmentCode, int fiscalYear) {
    }

    private record Known(int number, long readAtNanos) {
    }

    private final ConcurrentHashMap<Evaluation, Known> known = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;
    private final long recheckNanos;
    private final Counter publications;

    public LatestVersions(TransactionSynchronizationRegistry transactions, PublicPagesConfig config,
            MeterRegistry registry) {
        this.transactions = transactions;
        this.recheckNanos = config.latestRecheck().toNanos();
        this.publications = Counter.builder("perfeval.report.publications")
                .description("Public report versions published by this instance (approvals whose content was new)")
                .register(registry);
    }

    /** The latest published version's number, or empty while nothing is published. */
    Optional<Integer> latest(String departmentCode, int fiscalYear) {
        Optional<Integer> current = knownLatest(departmentCode, fiscalYear);
        if (current.isPresent()) {
            return current;
        }
        long now = System.nanoTime();
        return ReportVersion.latestNumber(departmentCode, fiscalYear)
                .map(number -> remember(new Evaluation(departmentCode, fiscalYear), number, now).number());
    }

    /**
     * The latest number when memory knows it and it is younger than the recheck; empty means "ask {@link #latest}".
     * Touches no database, so the public page may call it on the event loop.
     */
    Optional<Integer> knownLatest(String departmentCode, int fiscalYear) {
        Known current = known.get(new Evaluation(departmentCode, fiscalYear));
        if (current != null && System.nanoTime() - current.readAtNanos() < recheckNanos) {
            return Optional.of(current.number());
        }
        return Optional.empty();
    }

    /** Called in the publishing transaction: version {@code number} becomes the latest once that transaction commits. */
    void publishing(String departmentCode, int fiscalYear, int number) {
        Evaluation evaluation = new Evaluation(departmentCode, fiscalYear);
        AfterCommit.run(transactions, () -> {
            remember(evaluation, number, System.nanoTime());
            publications.increment();
        });
    }

    private Known remember(Evaluation evaluation, int number, long readAtNanos) {
        return known.merge(evaluation, new Known(number, readAtNanos), (old, fresh) -> new Known(
                Math.max(old.number(), fresh.number()), Math.max(old.readAtNanos(), fresh.readAtNanos())));
    }
}
