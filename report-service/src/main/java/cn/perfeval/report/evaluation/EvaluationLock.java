package cn.perfeval.report.evaluation;

import cn.perfeval.platform.concurrency.AdvisoryLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes of one evaluation (department, year): a scorecard or an approval arriving from Kafka and a
 * narrative edit from REST number report versions and revisions, and must not pick the same number or publish a
 * report composed from a narrative that is being changed.
 */
@ApplicationScoped
public class EvaluationLock {

    private final AdvisoryLocks locks;

    public EvaluationLock(AdvisoryLocks locks) {
        this.locks = locks;
    }

    /** Held until the surrounding transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String departmentCode, int fiscalYear) {
        locks.hold("report:" + departmentCode + ":" + fiscalYear);
    }
}
