package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code ./run.sh} does once the stack is up, and what the end-to-end tests repeat: enter the demo evaluation
 * through the public APIs (indicators by the department's staff, then budget and procurement by its ERP, then
 * the judgements the staff assess themselves, then the report's narrative sections by the staff), wait for the
 * complete scorecard, submit the evaluation (staff), confirm the self-assessments and approve it (reviewer), which
 * publishes the report, and wait until the public report shows that scorecard.
 *
 * @param expenditureLines the expenditure lines the ERP push accepted
 * @param narrative        the narrative section keys written
 */
public record DemoRun(int indicators, long expenditureLines, int judgements, List<String> narrative,
        JsonNode scorecard, JsonNode report) {

    public static DemoRun loadAndPublish(Stack stack, DemoActors actors, String department, int year) {
        Path data = stack.options().projectDir().resolve("demo-data").resolve(department + "-" + year);
        DemoLoader loader = new DemoLoader(data, stack.url(StackOptions.INDICATOR), actors.staff());
        int indicators = loader.load(department, year);
        long expenditureLines = loader.loadBudget(actors.erp(), stack.url(StackOptions.BUDGET), department, year);
        int judgements = loader.loadJudgements(actors.staff(), stack.url(StackOptions.SCORING), department, year);
        List<String> narrative = loader.loadNarrative(stack.url(StackOptions.REPORT), department, year);

        JsonNode scorecard = DemoProgress.awaitCompleteScorecard(actors.staff(), stack.url(StackOptions.SCORING),
                department, year, Duration.ofMinutes(2));
        DemoProgress.submitAndApprove(actors.staff(), actors.reviewer(), stack.url(StackOptions.SCORING), department,
                year, Duration.ofMinutes(1));
        JsonNode report = DemoProgress.awaitPublishedReport(new Api(null), stack.url(StackOptions.REPORT), department,
                year, scorecard, Duration.ofMinutes(1));
        return new DemoRun(indicators, expenditureLines, judgements, narrative, scorecard, report);
    }

    /**
     * As {@link #loadAndPublish(Stack, DemoActors, String, int)}, with one client for the ERP's and the staff's writes
     * (its token needs both {@code erp-integration} and {@code department-editor}); the review and the approval are
     * done by a reviewer, {@code <department>-reviewer}, issued here.
     */
    public static DemoRun loadAndPublish(Stack stack, Api department, String departmentCode, int year) {
        Api reviewer = new Api(DemoActors.reviewerToken(stack.tokens(), departmentCode.toLowerCase() + "-reviewer"));
        return loadAndPublish(stack, new DemoActors(department, department, reviewer), departmentCode, year);
    }
}
