package cn.perfeval.scoring.scheme;

import cn.perfeval.scoring.recompute.PendingRecomputes;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * After startup has stored the shipped scheme, marks every evaluation not yet scored under the default scheme's
 * current version, so a new shipped version (or an added one whose marks a crash lost) rescores them all without
 * waiting for a fact to change. Only marks: the recompute worker scores them, one evaluation per transaction.
 */
@ApplicationScoped
public class SchemeVersionRescore {

    private static final Logger LOG = Logger.getLogger(SchemeVersionRescore.class);

    private final SchemeCatalog catalog;
    private final PendingRecomputes pending;

    public SchemeVersionRescore(SchemeCatalog catalog, PendingRecomputes pending) {
        this.catalog = catalog;
        this.pending = pending;
    }

    /** Later than the catalog's own startup observer (default priority), which stores the shipped version. */
    void afterShippedSchemeStored(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        rescoreOutdated();
    }

    /** @return how many evaluations were marked for rescoring */
    public int rescoreOutdated() {
        String version = catalog.defaultSchemeVersion();
        int marked = pending.requestUnlessScoredUnder(catalog.defaultSchemeId(), version);
        if (marked > 0) {
            LOG.infof("Rescoring %d evaluation(s) under %s version %s", marked, catalog.defaultSchemeId(), version);
        }
        return marked;
    }
}
