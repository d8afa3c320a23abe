package cn.perfeval.scoring.cycle;

/** An evaluation's state and the sequence of its latest transition (0 and DRAFT before the first). */
record CurrentState(EvaluationState state, int sequence) {

    static final CurrentState INITIAL = new CurrentState(EvaluationState.DRAFT, 0);
}
