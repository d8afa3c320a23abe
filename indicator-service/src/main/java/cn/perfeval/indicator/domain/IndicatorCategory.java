package cn.perfeval.indicator.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Level 1 of the indicator tree (一级指标). */
public enum IndicatorCategory {
    OUTPUT("产出指标"),
    BENEFIT("效益指标"),
    SATISFACTION("满意度指标"),
    COST("成本指标");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

    private final String label;

    IndicatorCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The category named by a table cell. Whitespace inside is ignored because merged cells in PDF-derived tables
     * wrap mid-word ({@code 产出指\n标}); the short form without 指标 (产出, 效益 …) is accepted too.
     */
    public static Optional<IndicatorCategory> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String label = WHITESPACE.matcher(text).replaceAll("");
        return Arrays.stream(values())
                .filter(category -> category.label.equals(label) || category.label.equals(label + "指标"))
                .findFirst();
    }
}
