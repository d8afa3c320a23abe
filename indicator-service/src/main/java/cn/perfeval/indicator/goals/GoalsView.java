package cn.perfeval.indicator.goals;

import java.time.OffsetDateTime;
import java.util.List;

/** An evaluation's goals; also the data of {@code cn.perfeval.indicator.evaluation.changed} events. */
public record GoalsView(String id, String departmentCode, int fiscalYear, long version, String overallGoal,
        List<KeyTaskView> keyTasks, OffsetDateTime updatedAt) {

    public record KeyTaskView(int ordinal, String task, String goal) {
    }
}
