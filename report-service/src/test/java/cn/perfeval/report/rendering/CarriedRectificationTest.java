package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.SeedScorecards;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The previous year's rectification tasks carried in the scorecard ({@code carriedRectification}): the open ones are
 * one more problem of 三、存在的主要问题 and one more measure of 四、下一步改进措施, after the deductions' findings;
 * closed ones are not mentioned, and a scorecard without open tasks (or without the list, as older ones are) gives
 * exactly the report it gave before.
 */
class CarriedRectificationTest {

    private static final String OPEN_PROBLEM = "三是上年度整改任务尚未完成：采购意向公开不及时（整改目标：采购意向100%按时公开；"
            + "整改措施：建立采购意向公开台账，逐月核对；责任人：办公室 李四；整改时限：2023年6月30日）。";
    private static final String OPEN_MEASURE = "3.继续推进上年度未完成的整改任务，按整改目标和时限逐项落实整改措施："
            + "建立采购意向公开台账，逐月核对（责任人：办公室 李四，2023年6月30日前完成）。";

    private final ReportComposer composer = new ReportComposer();

    @Test
    void anOpenTaskIsOneMoreProblemAndMeasureAndAClosedOneIsNotMentioned() {
        ReportContent report = compose(withTasks(SeedScorecards.document()));
        assertThat(report.findings()).extracting(ReportContent.Finding::key)
                .containsExactly("budget-execution", "procurement-contracts", "carried-rectification");
        ReportContent.Finding carried = report.findings().get(2);
        assertThat(carried.problemLabel() + carried.problem()).isEqualTo(OPEN_PROBLEM);
        assertThat(carried.measureLabel() + carried.measure()).isEqualTo(OPEN_MEASURE);
        assertThat(carried.sourceItems()).containsExactly("1");
        assertThat(carried.problem() + carried.measure()).doesNotContain("会议记录归档不完整");

        String markdown = TestRendering.formats().markdown(report, null);
        assertThat(markdown).contains(OPEN_PROBLEM, OPEN_MEASURE);
    }

    @Test
    void aPersonsEditReplacesTheDraftedProblemAsForAnyFinding() {
        ReportContent report = composer.compose(SeedScorecards.read(withTasks(SeedScorecards.document())),
                new NarrativeTexts(Map.of("problem.carried-rectification", "上年度采购意向公开整改尚在推进。")));
        ReportContent.Finding carried = report.findings().get(2);
        assertThat(carried.problem()).isEqualTo("上年度采购意向公开整改尚在推进。");
        assertThat(carried.problemEdited()).isTrue();
        assertThat(carried.measureEdited()).isFalse();
    }

    @Test
    void withoutOpenTasksTheReportIsExactlyTheOneWithoutTheList() {
        ReportContent seed = compose(SeedScorecards.document());
        ObjectNode empty = SeedScorecards.document();
        empty.putArray("carriedRectification");
        ObjectNode onlyClosed = withTasks(SeedScorecards.document());
        ((ArrayNode) onlyClosed.get("carriedRectification")).remove(0);

        assertThat(compose(empty)).isEqualTo(seed);
        assertThat(compose(onlyClosed)).isEqualTo(seed);
        assertThat(seed.findings()).extracting(ReportContent.Finding::key)
                .containsExactly("budget-execution", "procurement-contracts");
    }

    private ReportContent compose(ObjectNode scorecard) {
        return composer.compose(SeedScorecards.read(scorecard), NarrativeTexts.none());
    }

    /** The seed (year 2023) with two tasks of 2022: one still open, one closed. */
    private static ObjectNode withTasks(ObjectNode scorecard) {
        ArrayNode tasks = scorecard.putArray("carriedRectification");
        tasks.addObject().put("id", 1).put("fiscalYear", 2022).put("problem", "采购意向公开不及时")
                .put("goal", "采购意向100%按时公开").put("measure", "建立采购意向公开台账，逐月核对").put("owner", "办公室 李四")
                .put("dueDate", "2023-06-30").put("state", "OPEN").putNull("closedOn");
        tasks.addObject().put("id", 2).put("fiscalYear", 2022).put("problem", "会议记录归档不完整")
                .put("goal", "会议记录全部归档").put("measure", "指定专人归档").put("owner", "办公室 王五")
                .put("dueDate", "2023-03-31").put("state", "CLOSED").put("closedOn", "2023-03-20");
        return scorecard;
    }
}
