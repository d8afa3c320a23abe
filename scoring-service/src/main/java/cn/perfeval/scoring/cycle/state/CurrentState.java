package cn.perfeval.scoring.cycle.state;

/** An evaluation's state and the sequence of its latest transition (0 and DRAFT before the first). */
public record CurrentState(EvaluationState state, int sequence) {

    public static final CurrentState INITIAL = new CurrentState(EvaluationState.DRAFT, 0);
}
