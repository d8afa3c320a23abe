package cn.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.engine.facts.Reviews;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scorecard.Deduction;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.projection.FactsAssembler;
import cn.perfeval.scoring.rectification.task.RectificationTask;
import cn.perfeval.scoring.rectification.task.TaskState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tasks of year N as facts of year N+1 ({@code rectification.carriedTasks}): one record per task, compliant once
 * closed, always reported; and a scheme scoring them with {@code deduction-per-violation}.
 */
class CarriedRectificationScoringTest {

    private static final Scheme ONE_POINT_PER_OPEN_TASK = TestSchemes.singleItem("deduction-per-violation", "3",
            Map.of("recordSet", FactCatalog.CARRIED_RECTIFICATION, "pointsPerViolation", BigDecimal.ONE));

    private final FactsAssembler assembler = new FactsAssembler();

    @Test
    void eachTaskIsARecordCompliantOnceClosed() {
        Facts facts = carried(open(11), closed(12));

        assertThat(facts.recordSets().get(FactCatalog.CARRIED_RECTIFICATION))
                .extracting(RecordFact::id, RecordFact::version, RecordFact::compliant, RecordFact::detail)
                .containsExactly(tuple("11", 1L, false, "2023 年度整改任务尚未完成（整改时限 2024-06-30）"),
                        tuple("12", 2L, true, "已整改（2024-05-20）"));
    }

    @Test
    void aYearWithoutTasksReportsAnEmptySetWhichScoresFullPoints() {
        Facts facts = carried();

        assertThat(facts.recordSets()).containsEntry(FactCatalog.CARRIED_RECTIFICATION, List.of());
        ItemScore item = TestSchemes.scoreItem(ONE_POINT_PER_OPEN_TASK, facts);
        assertThat(item.complete()).isTrue();
        assertThat(item.score()).isEqualByComparingTo("3");
    }

    @Test
    void everyOpenTaskCostsItsPointsAndAClosedOneNothing() {
        ItemScore twoOpen = TestSchemes.scoreItem(ONE_POINT_PER_OPEN_TASK, carried(open(1), open(2), closed(3)));
        ItemScore oneOpen = TestSchemes.scoreItem(ONE_POINT_PER_OPEN_TASK, carried(closed(1), open(2), closed(3)));
        ItemScore fourOpen = TestSchemes.scoreItem(ONE_POINT_PER_OPEN_TASK, carried(open(1), open(2), open(3), open(4)));

        assertThat(twoOpen.score()).isEqualByComparingTo("1");
        assertThat(twoOpen.deductions()).extracting(Deduction::recordId).containsExactly("1", "2");
        assertThat(oneOpen.score()).isEqualByComparingTo("2");
        assertThat(fourOpen.score()).as("down to 0, never below").isEqualByComparingTo("0");
    }

    @Test
    void theShippedSchemeDoesNotReadThem() {
        Scheme shipped = TestSchemes.guangzhou();
        assertThat(ScoringEngine.score(shipped, carried(open(1)))).isEqualTo(ScoringEngine.score(shipped, carried()));
    }

    private Facts carried(RectificationTask... tasks) {
        return assembler.assemble("GZHPF", 2024, List.of(), List.of(), Reviews.NONE, List.of(tasks));
    }

    private static RectificationTask open(long id) {
        RectificationTask task = new RectificationTask();
        task.id = id;
        task.departmentCode = "GZHPF";
        task.fiscalYear = 2023;
        task.dueDate = LocalDate.of(2024, 6, 30);
        task.state = TaskState.OPEN;
        task.version = 1;
        return task;
    }

    private static RectificationTask closed(long id) {
        RectificationTask task = open(id);
        task.state = TaskState.CLOSED;
        task.version = 2;
        task.closedOn = LocalDate.of(2024, 5, 20);
        return task;
    }
}
