package cn.perfeval.scoring.engine.scorecard;

import java.math.BigDecimal;

/** Grade of a total score: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60. */
public enum Grade {
    EXCELLENT("优", new BigDecimal("90")),
    GOOD("良", new BigDecimal("80")),
    FAIR("中", new BigDecimal("60")),
    POOR("差", BigDecimal.ZERO);

    private final String label;
    private final BigDecimal lowestTotal;

    Grade(String label, BigDecimal lowestTotal) {
        this.label = label;
        this.lowestTotal = lowestTotal;
    }

    public String label() {
        return label;
    }

    public static Grade of(BigDecimal total) {
        for (Grade grade : values()) {
            if (total.compareTo(grade.lowestTotal) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}
