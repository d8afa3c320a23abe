package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.monitoring.domain.BudgetPace;
import cn.perfeval.scoring.monitoring.domain.Deviation;
import cn.perfeval.scoring.monitoring.domain.IndicatorLight;
import cn.perfeval.scoring.monitoring.domain.Light;
import cn.perfeval.scoring.monitoring.domain.Measure;
import cn.perfeval.scoring.monitoring.domain.Subjects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One light of a stored round, whatever it judges, named by its subject ({@code budget}, {@code project/<code>},
 * {@code indicator/<id>}); the round's date and the subject make the reference rectification tasks cite.
 */
record RoundLight(LightKind kind, String subject, String subjectId, String name, Light light, BigDecimal behindPoints,
        Deviation deviation, List<Measure> measures) {

    static List<RoundLight> of(RoundDocument round) {
        List<RoundLight> lights = new ArrayList<>();
        BudgetPace.Department department = round.budgetPace().department();
        lights.add(new RoundLight(LightKind.BUDGET, Subjects.BUDGET, null, "部门预算执行进度", department.light(),
                department.behindPoints(), department.deviation(), department.measures()));
        for (BudgetPace.Project project : round.budgetPace().projects()) {
            lights.add(new RoundLight(LightKind.PROJECT, Subjects.project(project.code()), project.code(), project.name(),
                    project.light(), project.behindPoints(), project.deviation(), project.measures()));
        }
        for (IndicatorLight indicator : round.indicators()) {
            lights.add(new RoundLight(LightKind.INDICATOR, Subjects.indicator(indicator.indicatorId()),
                    indicator.indicatorId(), indicator.name(), indicator.light(), indicator.behindPoints(),
                    indicator.deviation(), indicator.measures()));
        }
        return lights;
    }
}
