package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code ./run.sh} does once the stack is up, and what the end-to-end tests repeat: enter the demo evaluation
 * through the public APIs (indicators, then budget and procurement, then judgements), wait for the complete
 * scorecard, publish the report and wait until the public report shows that scorecard.
 *
 * @param expenditureLines the expenditure lines the ERP push accepted
 */
public record DemoRun(int indicators, long expenditureLines, int judgements, JsonNode scorecard, JsonNode report) {

    public static DemoRun loadAndPublish(Stack stack, Api api, String department, int year) {
        Path data = stack.options().projectDir().resolve("demo-data").resolve(department + "-" + year);
        DemoLoader loader = new DemoLoader(data, stack.url(StackOptions.INDICATOR), api);
        int indicators = loader.load(department, year);
        long expenditureLines = loader.loadBudget(stack.url(StackOptions.BUDGET), department, year);
        int judgements = loader.loadJudgements(stack.url(StackOptions.SCORING), department, year);

        JsonNode scorecard = DemoProgress.awaitCompleteScorecard(api, stack.url(StackOptions.SCORING), department, year,
                Duration.ofMinutes(2));
        DemoProgress.publishReport(api, stack.url(StackOptions.REPORT), department, year, Duration.ofMinutes(1));
        JsonNode report = DemoProgress.awaitPublishedReport(new Api(null), stack.url(StackOptions.REPORT), department,
                year, scorecard, Duration.ofMinutes(1));
        return new DemoRun(indicators, expenditureLines, judgements, scorecard, report);
    }
}
