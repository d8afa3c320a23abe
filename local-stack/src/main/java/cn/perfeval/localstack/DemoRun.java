package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code ./run.sh} does once the stack is up, and what the end-to-end tests repeat: enter the demo evaluation
 * through the public APIs (indicators by the department's staff, then budget and procurement by its ERP, then
 * the judgements the staff assess themselves, then the report's narrative sections by the staff, then the July
 * monitoring round with the indicators' progress by the staff), wait for the complete scorecard and the computed
 * round, submit the evaluation (staff), confirm the self-assessments and approve it (reviewer), which publishes the
 * report, and wait until the public report shows that scorecard.
 *
 * @param expenditureLines the expenditure lines the ERP push accepted
 * @param narrative        the narrative section keys written
 * @param monitoring       the demo's monitoring round as of {@link #MONITORING_AS_OF}, computed from all its inputs
 */
public record DemoRun(int indicators, long expenditureLines, int judgements, List<String> narrative,
        JsonNode scorecard, JsonNode monitoring, JsonNode report) {

    /** The national monitoring date (财预〔2019〕136号): the demo's round is as of the end of July. */
    public static final String MONITORING_AS_OF = "-07-31";

    /** Enters the demo and waits for its complete scorecard; the evaluation stays a draft (填报中), {@code report} null. */
    public static DemoRun loadDraft(Stack stack, DemoActors actors, String department, int year) {
        return loadDraft(stack, actors, demoData(stack, department, year), department, year);
    }

    /**
     * As {@link #loadDraft(Stack, DemoActors, String, int)} from the demo folder {@code data}, which may be another
     * department's: a test enters the same case for several department codes.
     */
    public static DemoRun loadDraft(Stack stack, DemoActors actors, Path data, String department, int year) {
        DemoLoader loader = new DemoLoader(data, stack.url(StackOptions.INDICATOR), actors.staff());
        int indicators = loader.load(department, year);
        long expenditureLines = loader.loadBudget(actors.erp(), stack.url(StackOptions.BUDGET), department, year);
        int judgements = loader.loadJudgements(actors.staff(), stack.url(StackOptions.SCORING), department, year);
        List<String> narrative = loader.loadNarrative(stack.url(StackOptions.REPORT), department, year);
        MonitoringRound round = new MonitoringRound(stack, actors.staff(), department, year);
        round.load(data, year + MONITORING_AS_OF);
        JsonNode scorecard = DemoProgress.awaitCompleteScorecard(actors.staff(), stack.url(StackOptions.SCORING),
                department, year, Duration.ofMinutes(2));
        JsonNode monitoring = round.awaitComputed(year + MONITORING_AS_OF, indicators, Duration.ofMinutes(1));
        return new DemoRun(indicators, expenditureLines, judgements, narrative, scorecard, monitoring, null);
    }

    /**
     * {@link #loadDraft}, then the cycle as the department and the bureau walk it: the staff explain the validation's
     * warnings (demo-data's {@code validation-explanations.json}, by rule id) and submit; the reviewer confirms every
     * self-assessed value and approves, which publishes the report; returns once the public report shows the scorecard.
     */
    public static DemoRun loadAndPublish(Stack stack, DemoActors actors, String department, int year) {
        ReviewCycle cycle = new ReviewCycle(stack.url(StackOptions.SCORING), department, year);
        if (cycle.isReleased(actors.staff())) {
            // An earlier run on the kept data published it; its facts are locked, so show what is there.
            return published(stack, actors, department, year);
        }
        DemoRun draft = loadDraft(stack, actors, department, year);
        return draft.publish(stack, actors, demoData(stack, department, year), department, year);
    }

    /**
     * Walks a loaded draft through the cycle: the staff explain the validation's warnings (by rule id, from
     * {@code data}) and submit; the reviewer confirms every self-assessed value and approves, which publishes the
     * report; returns once the public report shows the scorecard.
     */
    public DemoRun publish(Stack stack, DemoActors actors, Path data, String department, int year) {
        ReviewCycle cycle = new ReviewCycle(stack.url(StackOptions.SCORING), department, year);
        cycle.explainWarnings(actors.staff(), DemoLoader.explanations(data));
        cycle.submit(actors.staff(), Duration.ofMinutes(1));
        cycle.confirmSelfAssessments(actors.reviewer());
        cycle.approve(actors.reviewer(), Duration.ofMinutes(1));
        JsonNode report = DemoProgress.awaitPublishedReport(new Api(null), stack.url(StackOptions.REPORT), department,
                year, scorecard, Duration.ofMinutes(1));
        return new DemoRun(indicators, expenditureLines, judgements, narrative, scorecard, monitoring, report);
    }

    /** The demo folder of a department's year: {@code demo-data/<department>-<year>}. */
    public static Path demoData(Stack stack, String department, int year) {
        return stack.options().projectDir().resolve("demo-data").resolve(department + "-" + year);
    }

    /** True when an earlier run had published the demo and this one only read it (loading always writes narrative). */
    public boolean fromEarlierRun() {
        return narrative.isEmpty();
    }

    /** The demo as an earlier run left it published: its scorecard, its July round and its public report. */
    private static DemoRun published(Stack stack, DemoActors actors, String department, int year) {
        String evaluation = stack.url(StackOptions.SCORING) + "/api/v1/departments/" + department + "/years/" + year;
        JsonNode scorecard = actors.staff().get(evaluation + "/scorecard").expect(200).json();
        JsonNode monitoring = actors.staff().get(evaluation + "/monitoring/rounds/" + year + MONITORING_AS_OF)
                .expect(200).json();
        JsonNode report = DemoProgress.awaitPublishedReport(new Api(null), stack.url(StackOptions.REPORT), department,
                year, scorecard, Duration.ofMinutes(1));
        return new DemoRun(scorecard.path("indicators").size(), 0, 0, List.of(), scorecard, monitoring, report);
    }

    /**
     * As {@link #loadDraft(Stack, DemoActors, String, int)}, with one client for the ERP's and the staff's writes (its
     * token needs both {@code erp-integration} and {@code department-editor}).
     */
    public static DemoRun loadDraft(Stack stack, Api department, String departmentCode, int year) {
        return loadDraft(stack, asBoth(stack, department, departmentCode), departmentCode, year);
    }

    /** As {@link #loadAndPublish(Stack, DemoActors, String, int)} with one client for the ERP and the staff. */
    public static DemoRun loadAndPublish(Stack stack, Api department, String departmentCode, int year) {
        return loadAndPublish(stack, asBoth(stack, department, departmentCode), departmentCode, year);
    }

    /** The department's client as ERP and staff; the reviewer, {@code <department>-reviewer}, is issued here. */
    private static DemoActors asBoth(Stack stack, Api department, String departmentCode) {
        Api reviewer = new Api(DemoActors.reviewerToken(stack.tokens(), departmentCode.toLowerCase() + "-reviewer"));
        return new DemoActors(department, department, reviewer);
    }
}
