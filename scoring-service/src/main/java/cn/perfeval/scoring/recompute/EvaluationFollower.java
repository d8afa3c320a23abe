package cn.perfeval.scoring.recompute;

/**
 * A view derived from an evaluation's facts besides its scorecard (e.g. the open monitoring rounds), refreshed by the
 * recompute worker right after the scorecard, for the same pending mark. Like {@link EvaluationScorer}, it keeps
 * the worker free of the packages above it.
 */
public interface EvaluationFollower {

    /** Recomputes the view from the evaluation's current facts, storing and publishing only what changed. */
    void refresh(String departmentCode, int fiscalYear);
}
