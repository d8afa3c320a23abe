package cn.perfeval.localstack.province;

import java.util.List;
import java.util.Map;

/**
 * One generated department-year: everything its staff and its ERP enter for one evaluation, in the shapes the public
 * APIs take (the demo data's shapes). Jackson writes each part as the request body it is.
 *
 * @param code       the department's code (as the finance bureau assigns them: {@code GD00001})
 * @param department the department: name and 部门职能
 * @param indicators the indicator table with actuals, as indicator-service's JSON import takes it
 * @param judgements the department's self-assessed judgement items
 * @param narrative  report narrative sections by key
 */
public record DepartmentYear(String code, int year, Department department, Goals goals, List<IndicatorRow> indicators,
        Budget budget, Procurement procurement, List<Judgement> judgements, Map<String, String> narrative) {

    public record Department(String name, String functions) {
    }

    public record Goals(String overallGoal, List<KeyTask> keyTasks) {
    }

    public record KeyTask(String task, String goal) {
    }

    /** A row of indicator-service's JSON import: 一级指标 … 完成指标值, 权重, 备注. */
    public record IndicatorRow(String level1, String level2, String name, String periodTarget, String annualTarget,
            String actual, java.math.BigDecimal weight, String calculationNote) {
    }

    /** A self-assessed judgement of a scheme item ({@code PUT …/judgements/{item}} takes all but the item). */
    public record Judgement(String item, java.math.BigDecimal points, String text, String evidenceDocument) {
    }
}
