package cn.perfeval.scoring.monitoring.domain;

/** The department's judgement whether an indicator's annual target will be met. */
public enum Judgement {
    WILL_MEET("能完成"),
    MAY_MEET("可能完成"),
    CANNOT_MEET("不能完成");

    private final String label;

    Judgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
