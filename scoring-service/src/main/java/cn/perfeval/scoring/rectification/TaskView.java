package cn.perfeval.scoring.rectification;

import cn.perfeval.scoring.rectification.task.RectificationTask;
import cn.perfeval.scoring.rectification.task.TaskState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rectification task as the API answers it and the audit trail records it. */
@Schema(name = "RectificationTask", requiredProperties = { "id", "departmentCode", "fiscalYear", "source", "problem",
        "goal", "measure", "owner", "dueDate", "state", "version", "openedBy", "openedAt", "closure" })
public record TaskView(
        @Schema(example = "17") long id,
        @Schema(example = "GZHPF") String departmentCode,
        @Schema(example = "2023") int fiscalYear,
        TaskSource source,
        @Schema(example = "部分政府采购合同未在中标通知书发出之日起30日内签订") String problem,
        @Schema(example = "2024年6月底前全部采购合同按时签订") String goal,
        @Schema(example = "建立合同签订时限台账，逐月核查") String measure,
        @Schema(example = "财务处") String owner,
        @Schema(example = "2024-06-30") LocalDate dueDate,
        TaskState state,
        @Schema(example = "1", description = "1 when opened, 2 once closed") long version,
        @Schema(example = "editor@GZHPF") String openedBy,
        @Schema(example = "2024-03-01T02:00:00Z") OffsetDateTime openedAt,
        @Schema(nullable = true, description = "null while the task is open") Closure closure) {

    /** How the task was closed. */
    @Schema(name = "RectificationClosure", requiredProperties = { "evidence", "evidenceUrl", "closedBy", "closedAt",
            "closedOn" })
    public record Closure(
            @Schema(example = "已建立合同签订时限台账，2024年1-5月新签合同12份均在30日内签订。") String evidence,
            @Schema(example = "https://zfcg.gz.gov.cn/contracts/2024", nullable = true) String evidenceUrl,
            @Schema(example = "editor@GZHPF") String closedBy,
            @Schema(example = "2024-05-20T03:00:00Z") OffsetDateTime closedAt,
            @Schema(example = "2024-05-20", description = "the day of closing in China") LocalDate closedOn) {
    }

    public static TaskView of(RectificationTask task) {
        Closure closure = task.state == TaskState.CLOSED
                ? new Closure(task.evidence, task.evidenceUrl, task.closedBy, task.closedAt, task.closedOn) : null;
        return new TaskView(task.id, task.departmentCode, task.fiscalYear,
                new TaskSource(task.sourceKind, task.sourceReference), task.problem, task.goal, task.measure,
                task.owner, task.dueDate, task.state, task.version, task.openedBy, task.openedAt, closure);
    }
}
