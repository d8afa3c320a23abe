package cn.perfeval.report.rendering;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The previous year's rectification tasks still open (docs/monitoring.md: tasks of year N that are open carry into
 * year N+1) as one more problem of 三、存在的主要问题, one sentence per task, and the measure that answers it in
 * 四、下一步改进措施. Closed tasks are done and not mentioned; without open tasks the report is exactly what it was
 * before tasks were carried. People may replace either text like any drafted finding's ({@code problem.} / {@code
 * measure.carried-rectification}).
 */
final class CarriedRectification {

    static final String KEY = "carried-rectification";

    private CarriedRectification() {
    }

    /** @param number the finding's number among the report's problems (一是, 二是 …) */
    static Optional<ReportContent.Finding> finding(ScorecardSnapshot scorecard, int number, NarrativeTexts narrative) {
        List<ScorecardSnapshot.CarriedTask> open = scorecard.carriedTasks().stream()
                .filter(ScorecardSnapshot.CarriedTask::open).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String draftedProblem = String.join("", open.stream().map(CarriedRectification::problem).toList());
        String draftedMeasure = "继续推进上年度未完成的整改任务，按整改目标和时限逐项落实整改措施："
                + String.join("；", open.stream().map(CarriedRectification::measure).toList()) + "。";
        String problem = narrative.text(NarrativeKeys.PROBLEM_PREFIX + KEY).orElse(draftedProblem);
        String measure = narrative.text(NarrativeKeys.MEASURE_PREFIX + KEY).orElse(draftedMeasure);
        return Optional.of(new ReportContent.Finding(KEY, Figures.chinese(number) + "是", problem,
                !problem.equals(draftedProblem), number + ".", measure, !measure.equals(draftedMeasure),
                open.stream().map(ScorecardSnapshot.CarriedTask::id).toList()));
    }

    /** "上年度整改任务尚未完成：…（整改目标：…；整改措施：…；责任人：…；整改时限：2023年12月31日）。" */
    static String problem(ScorecardSnapshot.CarriedTask task) {
        return "上年度整改任务尚未完成：" + text(task.problem()) + "（整改目标：" + text(task.goal()) + "；整改措施："
                + text(task.measure()) + "；责任人：" + text(task.owner()) + "；整改时限：" + date(task) + "）。";
    }

    /** "…（责任人：…，2023年12月31日前完成）". */
    private static String measure(ScorecardSnapshot.CarriedTask task) {
        return text(task.measure()) + "（责任人：" + text(task.owner()) + "，" + date(task) + "前完成）";
    }

    private static String date(ScorecardSnapshot.CarriedTask task) {
        return task.dueDate() == null ? "未定" : Figures.date(task.dueDate());
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
