package cn.perfeval.budget.execution.domain;

import java.util.List;

/**
 * New budget projects that needed an ex-ante performance evaluation (事前绩效评估) — new recurring
 * projects of at least 1,000万元 and new one-off projects of at least 3,000万元 — and those among them
 * without one. Project codes.
 */
public record ExAnteEvaluationCheck(List<String> projectsRequiringEvaluation, List<String> projectsLackingEvaluation) {

    public ExAnteEvaluationCheck {
        projectsRequiringEvaluation = List.copyOf(projectsRequiringEvaluation);
        projectsLackingEvaluation = List.copyOf(projectsLackingEvaluation);
    }

    public int lackingCount() {
        return projectsLackingEvaluation.size();
    }
}
