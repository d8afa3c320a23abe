package cn.perfeval.localstack.province;

import java.util.List;

/**
 * A kind of performance indicator a department sets itself, as 表1/表2 write them: its place in the tree, its name, how
 * the target compares ({@code ≥}, {@code ＞} or {@code ≤}), its unit and the range its target is drawn from.
 *
 * @param rate a percentage (capped at 100% when more is better)
 */
record IndicatorTemplate(String level1, String level2, String name, String comparator, String unit, double low,
        double high, boolean rate) {

    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";

    /** 数量指标: counts of what the department delivers. */
    static final List<IndicatorTemplate> QUANTITY = List.of(
            count("年度业务办理量", "≥", "万件", 5, 500),
            count("服务对象覆盖人数", "≥", "万人", 1, 300),
            count("开展专项检查次数", "≥", "次", 10, 200),
            count("业务培训人次", "≥", "人次", 200, 5000),
            count("信息系统建设项目数", "≥", "个", 2, 20),
            count("补助资金发放户数", "≥", "户", 1000, 50000),
            count("系统并发数（一秒内系统同时在线最大用户数）", "＞", "", 200, 2000));

    /** 质量指标 and 时效指标: rates and times, one of them lower-is-better. */
    static final List<IndicatorTemplate> QUALITY = List.of(
            new IndicatorTemplate(OUTPUT, "质量指标", "网络连通性", "≥", "%", 98, 99.5, true),
            new IndicatorTemplate(OUTPUT, "质量指标", "项目验收合格率", "≥", "%", 90, 100, true),
            new IndicatorTemplate(OUTPUT, "质量指标", "案卷评查合格率", "≥", "%", 85, 95, true),
            new IndicatorTemplate(OUTPUT, "时效指标", "按时办结率", "≥", "%", 95, 99, true),
            new IndicatorTemplate(OUTPUT, "时效指标", "平均办结时间", "≤", "工作日", 3, 15, false));

    static final List<IndicatorTemplate> BENEFITS = List.of(
            new IndicatorTemplate(BENEFIT, "社会效益", "故障响应率", "＞", "%", 85, 95, true),
            new IndicatorTemplate(BENEFIT, "社会效益", "群众投诉办结率", "≥", "%", 90, 100, true),
            new IndicatorTemplate(BENEFIT, "社会效益", "支持购房面积", "≥", "万平方米", 50, 500, false),
            new IndicatorTemplate(BENEFIT, "经济效益", "带动社会投资", "≥", "亿元", 1, 50, false),
            new IndicatorTemplate(BENEFIT, "可持续影响", "制度建设完善率", "≥", "%", 85, 100, true),
            new IndicatorTemplate(BENEFIT, "生态效益", "单位能耗下降率", "≥", "%", 1, 5, true));

    static final List<IndicatorTemplate> SATISFACTIONS = List.of(
            new IndicatorTemplate(SATISFACTION, "服务对象满意度指标", "服务对象满意度", "≥", "%", 85, 95, true),
            new IndicatorTemplate(SATISFACTION, "服务对象满意度指标", "业务大厅服务评价好评率", "≥", "%", 88, 95, true));

    private static IndicatorTemplate count(String name, String comparator, String unit, double low, double high) {
        return new IndicatorTemplate(OUTPUT, "数量指标", name, comparator, unit, low, high, false);
    }

    boolean lowerIsBetter() {
        return comparator.equals("≤");
    }
}
