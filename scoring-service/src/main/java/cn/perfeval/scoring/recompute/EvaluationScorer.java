package cn.perfeval.scoring.recompute;

import java.util.Optional;

/**
 * Scores one evaluation again from its current facts. The scorecard service implements it; the recompute worker
 * knows only this interface, so marking and draining recomputes (used by judgements, schemes and the consumers)
 * depends on no package above it and the packages stay free of cycles.
 */
public interface EvaluationScorer {

    /** @return the new scorecard version, or empty when the scorecard did not change */
    Optional<?> recompute(String departmentCode, int fiscalYear);
}
