package cn.perfeval.scoring.scheme;

import cn.perfeval.platform.jobs.EvaluationJobHandler;
import cn.perfeval.platform.jobs.JobView;
import cn.perfeval.platform.jobs.Jobs;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.recompute.ScorecardRecomputer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * A new version of the default scheme rescores every evaluation with facts as a background job (one item per
 * evaluation, "department:year"), whose progress the job resource shows. The version and its job are stored in one
 * transaction: a stored version always has its rescore under way or done. (Startup's SchemeVersionRescore covers a
 * shipped version, which no request adds.)
 */
@ApplicationScoped
public class SchemeRescore implements EvaluationJobHandler {

    static final String KIND = "scheme-rescore";

    private final SchemeCatalog catalog;
    private final Jobs jobs;
    private final ScorecardRecomputer recomputer;

    public SchemeRescore(SchemeCatalog catalog, Jobs jobs, ScorecardRecomputer recomputer) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.recomputer = recomputer;
    }

    /**
     * Stores the version and starts its rescore job: every evaluation with facts for the default scheme, none for
     * another (no evaluation is scored under it), so the answer is the same kind of job either way.
     */
    @Transactional
    public JobView add(String document, String actor) {
        Scheme scheme = catalog.add(document, actor);
        String subject = scheme.id() + ":" + scheme.version();
        if (!scheme.id().equals(catalog.defaultSchemeId())) {
            return jobs.startEmpty(KIND, subject, actor);
        }
        return jobs.start(KIND, subject, actor, """
                SELECT DISTINCT department_code || ':' || fiscal_year FROM fact_record
                """, Map.of());
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Scores the evaluation under the scheme's version now in force (a later version, if one was added since). */
    @Override
    public void process(String department, int year) {
        recomputer.recomputeWaiting(department, year);
    }
}
