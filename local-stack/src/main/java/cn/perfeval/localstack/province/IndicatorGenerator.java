package cn.perfeval.localstack.province;

import cn.perfeval.localstack.province.DepartmentYear.IndicatorRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A department-year's indicator table: 3–5 quantity and 1–2 quality or time indicators (产出), 1–3 benefit and one
 * or two satisfaction indicators, with targets drawn from each kind's range and actuals that meet the target or miss
 * it. How often a department meets its targets is its own ({@code diligence}), so some score full marks on their
 * indicators and others lose points on several.
 */
final class IndicatorGenerator {

    private final Draw draw;

    IndicatorGenerator(Draw draw) {
        this.draw = draw;
    }

    /** @param diligence the chance that an indicator's actual meets its target */
    List<IndicatorRow> generate(double diligence) {
        List<IndicatorRow> rows = new ArrayList<>();
        draw.distinct(IndicatorTemplate.QUANTITY, draw.between(3, 5)).forEach(t -> rows.add(row(t, diligence)));
        draw.distinct(IndicatorTemplate.QUALITY, draw.between(1, 2)).forEach(t -> rows.add(row(t, diligence)));
        draw.distinct(IndicatorTemplate.BENEFITS, draw.between(1, 3)).forEach(t -> rows.add(row(t, diligence)));
        draw.distinct(IndicatorTemplate.SATISFACTIONS, draw.between(1, 2)).forEach(t -> rows.add(row(t, diligence)));
        return rows;
    }

    private IndicatorRow row(IndicatorTemplate template, double diligence) {
        BigDecimal target = figure(template, draw.between(template.low(), template.high()));
        BigDecimal actual = actual(template, target, draw.chance(diligence));
        String targetText = template.comparator() + target.toPlainString() + template.unit();
        String note = template.rate() ? template.name() + "=实际完成数/计划完成数*100%" : null;
        return new IndicatorRow(template.level1(), template.level2(), template.name(), targetText, targetText,
                actual.toPlainString() + template.unit(), null, note);
    }

    /**
     * An actual that meets the target (up to a quarter better; a rate up to 6%, at most 100%) or misses it (by 2%–40%); for a
     * lower-is-better indicator, better is less. Rounding may undo a narrow miss or hit, so the figure is then moved
     * by its last digit until it is what was drawn.
     */
    private BigDecimal actual(IndicatorTemplate template, BigDecimal target, boolean meets) {
        double t = target.doubleValue();
        double better = template.lowerIsBetter() ? 1 / draw.between(1.0, 1.25)
                : draw.between(1.001, template.rate() ? 1.06 : 1.25);
        double worse = template.lowerIsBetter() ? draw.between(1.05, 1.6) : draw.between(0.6, 0.98);
        double value = t * (meets ? better : worse);
        if (template.rate()) {
            value = meets ? Math.min(100, Math.max(value, t)) : Math.min(value, t - 0.5);
        }
        BigDecimal actual = figure(template, value);
        BigDecimal step = actual.ulp().multiply(BigDecimal.valueOf(meets == template.lowerIsBetter() ? -1 : 1));
        while (meets(template, target, actual) != meets) {
            actual = actual.add(step);
        }
        return actual;
    }

    /** Whether an actual meets a target by the template's comparator. */
    static boolean meets(IndicatorTemplate template, BigDecimal target, BigDecimal actual) {
        int order = actual.compareTo(target);
        return switch (template.comparator()) {
            case "≥" -> order >= 0;
            case "＞" -> order > 0;
            case "≤" -> order <= 0;
            default -> throw new IllegalArgumentException("Unknown comparator " + template.comparator());
        };
    }

    /** Counts of things are whole; amounts in 万/亿 and rates have two decimals. */
    private static BigDecimal figure(IndicatorTemplate template, double value) {
        boolean whole = !template.rate() && !template.unit().startsWith("万") && !template.unit().startsWith("亿");
        return BigDecimal.valueOf(value).setScale(whole ? 0 : 2, RoundingMode.HALF_UP);
    }
}
