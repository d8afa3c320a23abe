package cn.perfeval.scoring.monitoring.domain;

/** Why a figure deviates from its expectation: the causes the 绩效运行监控表 lists. */
public enum DeviationReason {
    FUNDING("经费保障"),
    POLICY("制度保障"),
    STAFFING("人员保障"),
    FACILITIES("硬件条件保障"),
    OTHER("其他");

    private final String label;

    DeviationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
