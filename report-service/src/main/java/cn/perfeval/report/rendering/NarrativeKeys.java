package cn.perfeval.report.rendering;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The narrative sections people may write, by key. Fixed sections have a heading; three families are keyed by
 * what they replace: {@code problem.<kind>} and {@code measure.<kind>} (a drafted problem or measure, kind as in
 * {@link FindingDrafts}) and {@code item.<item code>} (the explanation of one scored item).
 */
public final class NarrativeKeys {

    public static final String FUNCTIONS = "functions";
    public static final String KEY_TASK_COMPLETION = "key-task-completion";
    public static final String PERFORMANCE_MANAGEMENT = "performance-management";
    public static final String CONCLUSION = "conclusion";
    public static final String PROJECT_EXPENDITURE = "project-expenditure";
    public static final String ACHIEVEMENTS = "achievements";
    public static final String MEASURES_CLOSING = "measures-closing";

    public static final String PROBLEM_PREFIX = "problem.";
    public static final String MEASURE_PREFIX = "measure.";
    public static final String ITEM_PREFIX = "item.";

    private static final Map<String, String> FIXED = new LinkedHashMap<>();

    static {
        FIXED.put(FUNCTIONS, "部门职能");
        FIXED.put(KEY_TASK_COMPLETION, "年度总体工作和重点工作任务完成情况");
        FIXED.put(PERFORMANCE_MANAGEMENT, "部门整体绩效管理情况");
        FIXED.put(CONCLUSION, "自评综合结论");
        FIXED.put(PROJECT_EXPENDITURE, "项目支出主要内容");
        FIXED.put(ACHIEVEMENTS, "主要工作成效");
        FIXED.put(MEASURES_CLOSING, "改进措施总结");
    }

    /** Kinds and item codes are scheme-style codes: lower-case words joined by hyphens. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private NarrativeKeys() {
    }

    /** The fixed sections, key → heading, in the order the report shows them: the sections the outline expects. */
    public static Map<String, String> fixedSections() {
        return Collections.unmodifiableMap(FIXED);
    }

    /** @return what the section is, or empty when the key names no section */
    public static Optional<String> describe(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (FIXED.containsKey(key)) {
            return Optional.of(FIXED.get(key));
        }
        for (Map.Entry<String, String> family : Map.of(PROBLEM_PREFIX, "存在的主要问题：", MEASURE_PREFIX,
                "下一步改进措施：", ITEM_PREFIX, "评分项说明：").entrySet()) {
            if (key.startsWith(family.getKey())) {
                String code = key.substring(family.getKey().length());
                return code.length() <= 64 && CODE.matcher(code).matches()
                        ? Optional.of(family.getValue() + code) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
