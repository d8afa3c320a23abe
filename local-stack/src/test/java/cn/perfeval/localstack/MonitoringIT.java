package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Mid-year monitoring and rectification on the real stack (issue 16, docs/monitoring.md): the demo's July round shows
 * the budget pace and each indicator's light as computed here by hand from demo-data's files; an ERP push turns a
 * lagging project from red to green through events alone; bad assessments are 4xx and change nothing; a round for a
 * date before any data lists what is missing; a red light becomes a rectification task that appears in the next
 * year's scorecard and draft report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringIT {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;
    private static final String AS_OF = "2023-07-31";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Stack stack;
    private static Api editor;
    private static Api erp;
    private static Api reviewer;
    private static DemoRun demo;
    private static String rounds;
    private static Path data;

    @BeforeAll
    static void loadTheSeedWithItsJulyRound() {
        stack = RunningStack.start("monitoring");
        DemoActors actors = DemoActors.Tokens.issue(stack.tokens(), "monitoring", DEPT).actors();
        editor = actors.staff();
        erp = actors.erp();
        reviewer = actors.reviewer();
        demo = DemoRun.loadDraft(stack, actors, DEPT, YEAR);
        rounds = stack.url(StackOptions.SCORING) + "/api/v1/departments/" + DEPT + "/years/" + YEAR
                + "/monitoring/rounds";
        data = stack.options().projectDir().resolve("demo-data").resolve(DEPT + "-" + YEAR);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theJulyRoundShowsTheBudgetPaceComputedFromTheLedger() {
        JsonNode pace = demo.monitoring().path("budgetPace").path("department");
        // Budget in force on 31 July: every appropriation plus the adjustment of 14 July; spending: ledger lines
        // dated on or before 31 July. Time progress: 7 of 12 months.
        BigDecimal budget = sumOf(read("budget/appropriations.json"), "amount")
                .add(sumOf(read("budget/adjustments.json"), "amount"));
        BigDecimal executed = ledgerUpTo(AS_OF, null);
        BigDecimal rate = percent(executed, budget);
        BigDecimal expected = percent(new BigDecimal("7"), new BigDecimal("12"));

        assertThat(demo.monitoring().path("timeProgressPercent").decimalValue()).isEqualByComparingTo("58.33");
        assertThat(pace.path("budget").decimalValue()).isEqualByComparingTo(budget);
        assertThat(pace.path("executed").decimalValue()).isEqualByComparingTo(executed);
        assertThat(pace.path("ratePercent").decimalValue()).isEqualByComparingTo(rate);
        assertThat(pace.path("behindPoints").decimalValue()).isEqualByComparingTo(expected.subtract(rate));
        // 57.27% against 58.33%: behind, within the 10-point tolerance.
        assertThat(pace.path("light").asText()).isEqualTo("YELLOW");
        assertThat(pace.path("deviation").path("reason").asText()).isEqualTo("OTHER");

        JsonNode lagging = project(demo.monitoring(), "P2023-02");
        assertThat(lagging.path("ratePercent").decimalValue())
                .isEqualByComparingTo(percent(ledgerUpTo(AS_OF, "P2023-02"), new BigDecimal("251.36")));
        assertThat(lagging.path("light").asText()).isEqualTo("RED");
        assertThat(lagging.path("lagging").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void eachIndicatorHasTheLightItsProgressGives() {
        Map<String, String> lights = new HashMap<>();
        for (JsonNode indicator : demo.monitoring().path("indicators")) {
            lights.put(indicator.path("name").asText(), indicator.path("light").asText());
        }
        // 1.80万笔 of ≥4.48万笔: 40.18% against 58.33% expected, 18.15 points behind (red beyond 15).
        assertThat(indicator("年度住房公积金贷款发放笔数").path("progressPercent").decimalValue())
                .isEqualByComparingTo(percent(new BigDecimal("1.80"), new BigDecimal("4.48")));
        assertThat(lights.get("年度住房公积金贷款发放笔数")).isEqualTo("RED");
        // A rate is judged against its target at any date: 80.00% of ≥85% is 94.12%, 5.88 points behind.
        assertThat(lights.get("发布新媒体宣传率")).isEqualTo("YELLOW");
        // 215.40 of 411.30万平方米: 52.37% against 58.33%, 5.96 points behind.
        assertThat(lights.get("支持购房面积")).isEqualTo("YELLOW");
        // 36.20 of 60万人 is 60.33%, ahead of time progress; 99.40% of ≥99% is 100.40%.
        assertThat(lights.get("当年广州住房公积金新开户职工数")).isEqualTo("GREEN");
        assertThat(lights.get("网络连通性")).isEqualTo("GREEN");
        assertThat(lights.values().stream().filter("GREEN"::equals).count()).isEqualTo(8);
        assertThat(demo.monitoring().path("lightCounts").path("RED").asInt())
                .isEqualTo(1 + redProjects(demo.monitoring()));
        assertThat(demo.monitoring().path("missingInputs").size()).isZero();
    }

    @Test
    @Order(3)
    void theMonitoringReportShowsTheRoundInEveryFormat() {
        String report = MonitoringRound.monitoringReportUrl(stack, DEPT, YEAR, AS_OF);
        Api.Response html = editor.get(report, "text/html").expect(200);
        assertThat(html.body()).contains("预算绩效运行监控报告", "年度住房公积金贷款发放笔数", "红", "上半年房地产市场低迷");
        assertThat(editor.get(report, "application/pdf").expect(200).body()).startsWith("%PDF");
        assertThat(new Api(null).get(report, "text/html").status()).isEqualTo(401);
    }

    /**
     * Each service runs in a 128 MB heap (ServiceProcess): four PDFs of the monitoring report asked for together all
     * arrive. Before report-service parsed its CJK font once and printed one document at a time, a single monitoring
     * PDF ran it out of heap on the demo's data, and four at once did even after the first fix.
     */
    @Test
    @Order(3)
    void pdfsAskedForTogetherAllArrive() throws Exception {
        String monitoring = MonitoringRound.monitoringReportUrl(stack, DEPT, YEAR, AS_OF);
        Callable<Api.Response> pdf = () -> editor.get(monitoring, "application/pdf");
        List<Callable<Api.Response>> requests = List.of(pdf, pdf, pdf, pdf);
        ExecutorService clients = Executors.newFixedThreadPool(requests.size());
        try {
            for (Future<Api.Response> response : clients.invokeAll(requests)) {
                assertThat(response.get().expect(200).body()).startsWith("%PDF");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void badAssessmentsAreRefusedAndChangeNothing() {
        String indicatorUrl = rounds + "/" + AS_OF + "/indicators/" + indicator("年度住房公积金贷款发放笔数").path("indicatorId").asText();
        JsonNode before = editor.get(rounds + "/" + AS_OF).expect(200).json();

        Api.Response unknownReason = editor.put(indicatorUrl, Map.of("judgement", "MAY_MEET",
                "deviation", Map.of("reason", "WEATHER", "text", "下雨")));
        assertThat(unknownReason.status()).isEqualTo(400);
        Api.Response dueBeforeRound = editor.put(indicatorUrl, Map.of("judgement", "MAY_MEET",
                "measures", List.of(Map.of("measure", "加快放款", "owner", "归集贷款处", "dueDate", "2023-06-30"))));
        assertThat(dueBeforeRound.status()).isEqualTo(422);
        assertThat(dueBeforeRound.body()).contains("dueDate");
        Api.Response asReviewer = reviewer.put(indicatorUrl, Map.of("judgement", "WILL_MEET"));
        assertThat(asReviewer.status()).isEqualTo(403);

        JsonNode after = editor.get(rounds + "/" + AS_OF).expect(200).json();
        assertThat(after.path("version")).isEqualTo(before.path("version"));
        assertThat(after.path("indicators")).isEqualTo(before.path("indicators"));
    }

    @Test
    @Order(5)
    void aRoundBeforeAnyDataSaysWhatIsMissing() {
        editor.post(rounds, Map.of("asOf", YEAR + "-01-05")).expect(201);
        JsonNode early = await(rounds + "/" + YEAR + "-01-05", round -> round.path("version").asLong() >= 1);
        assertThat(early.path("missingInputs").findValuesAsText("input")).contains("spending", "progress");
        assertThat(early.path("budgetPace").path("department").path("light").asText()).isEqualTo("NONE");
    }

    @Test
    @Order(6)
    void anErpPushTurnsALaggingProjectGreenThroughEventsAlone() {
        String ledger = "lineId,date,amount,category,projectCode\nEXP-MON-01,2023-07-20,60.00,PROJECT,P2023-02\n";
        erp.postRaw(stack.url(StackOptions.BUDGET) + "/api/v1/departments/" + DEPT + "/years/" + YEAR
                + "/budget/expenditures", ledger, "text/csv", "monitoring-it-p2023-02").expect(200);

        // 94.51 + 60.00 of 251.36 is 61.47%, ahead of 58.33%: the round is recomputed from the pace event.
        JsonNode round = await(rounds + "/" + AS_OF, r -> project(r, "P2023-02").path("light").asText().equals("GREEN"));
        assertThat(project(round, "P2023-02").path("ratePercent").decimalValue()).isEqualByComparingTo("61.47");
        assertThat(round.path("version").asLong()).isGreaterThan(demo.monitoring().path("version").asLong());
    }

    @Test
    @Order(7)
    void theBureauSeesEveryRedLightOfTheYear() {
        JsonNode warnings = reviewer.get(stack.url(StackOptions.SCORING) + "/api/v1/monitoring/warnings?year=" + YEAR
                + "&department=" + DEPT + "&kind=INDICATOR").expect(200).json();
        assertThat(warnings.path("warnings").findValuesAsText("name")).containsExactly("年度住房公积金贷款发放笔数");
        assertThat(editor.get(stack.url(StackOptions.SCORING) + "/api/v1/monitoring/warnings?year=" + YEAR).status())
                .isEqualTo(403);
    }

    @Test
    @Order(8)
    void aRedLightBecomesARectificationTaskCarriedIntoTheNextYear() {
        String indicatorId = indicator("年度住房公积金贷款发放笔数").path("indicatorId").asText();
        String tasks = stack.url(StackOptions.SCORING) + "/api/v1/departments/" + DEPT + "/years/" + YEAR
                + "/rectification/tasks";
        JsonNode task = editor.post(tasks, Map.of(
                "source", Map.of("kind", "RED_LIGHT", "reference", AS_OF + "/indicator/" + indicatorId),
                "problem", "住房公积金贷款发放进度滞后", "goal", "全年贷款发放笔数达到4.48万笔",
                "measure", "优化审批流程，缩短放款时限", "owner", "归集贷款处", "dueDate", "2024-03-31")).expect(201).json();
        assertThat(task.path("state").asText()).isEqualTo("OPEN");

        startNextYear();
        JsonNode scorecard = await(stack.url(StackOptions.SCORING) + "/api/v1/departments/" + DEPT + "/years/"
                + (YEAR + 1) + "/scorecard", card -> card.path("carriedRectification").size() == 1);
        assertThat(scorecard.path("carriedRectification").get(0).path("id").asText()).isEqualTo(task.path("id").asText());
        String draft = await(stack.url(StackOptions.REPORT) + "/api/v1/departments/" + DEPT + "/years/" + (YEAR + 1)
                + "/report", report -> report.toString().contains("上年度整改任务尚未完成")).toString();
        assertThat(draft).contains("住房公积金贷款发放进度滞后", "归集贷款处");
    }

    /** The department's 2024 evaluation begins as 2023's did: its profile and goals, then one indicator. */
    private static void startNextYear() {
        String indicatorService = stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + DEPT + "/years/"
                + (YEAR + 1);
        editor.put(indicatorService + "/goals", read("goals.json")).expect(200);
        JsonNode first = read("indicators.json").get(0);
        editor.post(indicatorService + "/indicators", ((com.fasterxml.jackson.databind.node.ObjectNode) first.deepCopy())
                .without("actual")).expect(201);
    }

    private static JsonNode indicator(String name) {
        for (JsonNode indicator : demo.monitoring().path("indicators")) {
            if (indicator.path("name").asText().equals(name)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + name + " in the round");
    }

    private static JsonNode project(JsonNode round, String code) {
        for (JsonNode project : round.path("budgetPace").path("projects")) {
            if (project.path("code").asText().equals(code)) {
                return project;
            }
        }
        throw new AssertionError("no project " + code + " in the round");
    }

    private static int redProjects(JsonNode round) {
        int red = 0;
        for (JsonNode project : round.path("budgetPace").path("projects")) {
            red += project.path("light").asText().equals("RED") ? 1 : 0;
        }
        return red;
    }

    private static JsonNode await(String url, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Api.Response response = editor.get(url);
            if (response.status() == 200) {
                last = response.json();
                if (condition.test(last)) {
                    return last;
                }
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("not reached within " + PATIENCE.toSeconds() + " s at " + url + "; last: " + last);
    }

    /** Σ of the demo ledger's lines dated on or before {@code asOf}, of one project or (null) of all. */
    private static BigDecimal ledgerUpTo(String asOf, String projectCode) {
        try {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> lines = Files.readAllLines(data.resolve("budget/expenditures.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                boolean inProject = projectCode == null || projectCode.equals(cells[4]);
                if (cells[1].compareTo(asOf) <= 0 && inProject) {
                    sum = sum.add(new BigDecimal(cells[2]));
                }
            }
            return sum;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static BigDecimal sumOf(JsonNode lines, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : lines) {
            sum = sum.add(line.path(field).decimalValue());
        }
        return sum;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(Files.readString(data.resolve(file)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
