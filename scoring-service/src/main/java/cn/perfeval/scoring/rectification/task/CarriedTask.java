package cn.perfeval.scoring.rectification.task;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task of the previous year as the scorecard of the next carries it ({@code carriedRectification}), so that
 * report-service writes the open ones into 存在的主要问题. The names are the contract (docs/monitoring.md).
 */
@Schema(name = "CarriedRectificationTask", requiredProperties = { "id", "fiscalYear", "problem", "goal", "measure",
        "owner", "dueDate", "state", "closedOn" })
public record CarriedTask(
        @Schema(example = "17") long id,
        @Schema(example = "2023") int fiscalYear,
        @Schema(example = "部分政府采购合同未在中标通知书发出之日起30日内签订") String problem,
        @Schema(example = "2024年6月底前全部采购合同按时签订") String goal,
        @Schema(example = "建立合同签订时限台账，逐月核查") String measure,
        @Schema(example = "财务处") String owner,
        @Schema(example = "2024-06-30") LocalDate dueDate,
        TaskState state,
        @Schema(example = "2024-05-20", nullable = true) LocalDate closedOn) {

    public static CarriedTask of(RectificationTask task) {
        return new CarriedTask(task.id, task.fiscalYear, task.problem, task.goal, task.measure, task.owner,
                task.dueDate, task.state, task.closedOn);
    }
}
