package cn.perfeval.scoring.monitoring.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A scheme's monitoring thresholds as its YAML file and the PUT body write them. */
public record ThresholdValues(@NotNull @Valid BudgetPaceThresholds budgetPace, @NotNull @Valid ProgressThresholds targetProgress) {

    /** One rule the values break: the field (as in the body) and why. */
    public record Problem(String field, String message) {
    }

    /**
     * What makes the values unusable beyond their single limits: red before yellow, a month outside 1–12, monthly
     * targets falling from one month to a later one (they are cumulative).
     */
    public List<Problem> problems() {
        if (budgetPace == null || targetProgress == null) {
            return List.of(new Problem("budgetPace", "budgetPace and targetProgress are both required"));
        }
        List<Problem> problems = new ArrayList<>();
        orderProblem("budgetPace", budgetPace.yellowBehindPoints(), budgetPace.redBehindPoints(), problems);
        orderProblem("targetProgress", targetProgress.yellowBehindPoints(), targetProgress.redBehindPoints(), problems);
        BigDecimal earlier = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> target : budgetPace.monthlyTargets().entrySet()) {
            String field = "budgetPace.monthlyTargets." + target.getKey();
            if (target.getKey() < 1 || target.getKey() > 12) {
                problems.add(new Problem(field, "a month is 1 to 12"));
            } else if (target.getValue() == null || target.getValue().signum() < 0
                    || target.getValue().compareTo(Percents.HUNDRED) > 0) {
                problems.add(new Problem(field, "a target is 0 to 100"));
            } else if (target.getValue().compareTo(earlier) < 0) {
                problems.add(new Problem(field, "a cumulative target may not be below an earlier month's"));
            }
            earlier = target.getValue() == null ? earlier : earlier.max(target.getValue());
        }
        return problems;
    }

    private static void orderProblem(String field, BigDecimal yellow, BigDecimal red, List<Problem> problems) {
        if (yellow == null || red == null) {
            // a file read without bean validation; the REST body never gets here with a null
            problems.add(new Problem(field, "needs yellowBehindPoints and redBehindPoints"));
        } else if (yellow.signum() < 0) {
            problems.add(new Problem(field + ".yellowBehindPoints", "must be at least 0"));
        } else if (red.compareTo(yellow) < 0) {
            problems.add(new Problem(field + ".redBehindPoints", "must be at least yellowBehindPoints"));
        }
    }

    /** These values as version {@code version} of the thresholds. */
    public Thresholds asVersion(String version) {
        return new Thresholds(version, budgetPace, targetProgress);
    }
}
