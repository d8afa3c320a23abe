package cn.perfeval.scoring.cycle.state;

/** Where an evaluation stands in the yearly cycle (docs/yearly-cycle.md), with the label the bureau's systems use. */
public enum EvaluationState {
    DRAFT("填报中", true),
    SUBMITTED("已提交", false),
    RETURNED("退回", true),
    APPROVED("审核通过", false),
    RELEASED("已公开", false);

    private final String label;
    private final boolean factsWritable;

    EvaluationState(String label, boolean factsWritable) {
        this.label = label;
        this.factsWritable = factsWritable;
    }

    public String label() {
        return label;
    }

    /** Whether the services accept writes to the evaluation's facts in this state. */
    public boolean factsWritable() {
        return factsWritable;
    }
}
