package cn.perfeval.scoring.engine.facts;

/** Level-1 class of a performance indicator (一级指标). */
public enum IndicatorKind {
    OUTPUT("产出指标"),
    BENEFIT("效益指标"),
    SATISFACTION("满意度指标"),
    COST("成本指标");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
