package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed's whole 2023 case, loaded exactly as {@code ./run.sh} loads it (demo-data/GZHPF-2023 through the public
 * REST APIs of the four services running as processes, by the department's staff, its ERP and the bureau's reviewer):
 * the scorecard is the seed's item by item, the published report shows the seed's figures, tables, narrative and
 * problems in JSON, HTML and DOCX once the demo's reviewer approved it, and a what-if of the late contracts' corrected
 * dates gives full marks for both procurement timeliness items and stores nothing. Correcting them for real goes
 * through the yearly cycle: CycleIT.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedCaseIT {

    private static final String DEPT = "GZHPF";
    private static final int YEAR = 2023;

    /** Code, dimension, max, seed points: DOMAIN.md's table, kept once in demo-data (scoring's tests read it too). */
    private static final List<List<String>> SEED_TABLE = expectedScorecard();

    /** 表1 of the seed: 三级指标, 完成指标值, 完成情况（%）. */
    private static final List<List<String>> TABLE_1 = List.of(
            List.of("当年广州住房公积金新开户职工数", "60万人", "100.00%"),
            List.of("当年广州住房公积金实缴人数", "534.89万人", "100.92%"),
            List.of("年度业务量——系统业务受理笔数", "7398万", "113.82%"),
            List.of("年度住房公积金贷款发放笔数", "5.18万笔", "115.63%"),
            List.of("系统并发数（一秒内系统同时在线最大用户数）", "961个", "101.16%"),
            List.of("发布新媒体宣传率", "105.88%", "124.56%"),
            List.of("网络连通性", "99.45%", "100.45%"),
            List.of("律师出庭胜诉率", "100.00%", "101.01%"));

    /** 表2 of the seed. */
    private static final List<List<String>> TABLE_2 = List.of(
            List.of("故障响应率", "93.64%", "104.04%"),
            List.of("支持购房面积", "491.72万平方米", "119.55%"),
            List.of("业务大厅服务评价好评率", "100%", "111.11%"));

    /** 一（四）部门整体收支情况 as report-service writes the seed's figures (万元 grouped, 2 decimals). */
    private static final List<String> BUDGET_FIGURES = List.of("年初预算金额为21,443.80万元", "年中调增预算金额311.25万元",
            "年度预算数为21,755.05万元", "全年支出金额为21,522.08万元", "预算执行率为98.93%", "基本支出8,858.19万元",
            "项目支出12,663.89万元");

    private static final String TITLE = "2023年度广州住房公积金管理中心部门整体支出绩效自评报告";
    /** 二（一）自评结论 ends with the total and both dimensions, in the seed's words. */
    private static final String CONCLUSION = "部门整体支出绩效自评综合得分为95.54分，其中履职效能情况自评综合得分为49.54分，"
            + "管理效率情况自评综合得分为46分。";

    /** The seed's procurement problem: late signing and late filing make one finding. */
    /**
     * Sentences the seed has only in the sections people write (demo-data/GZHPF-2023/narrative/), by the report's JSON
     * field: 一（二）2, 一（五）, 二（四） and the closing paragraph of 四. Without the loaded narrative these sections
     * show "（待填写）" or nothing.
     */
    private static final Map<String, String> NARRATIVE = Map.of(
            "keyTaskCompletion", "534.89万人缴存1,251.44亿元，同比增长0.57%、7.70%",
            "performanceManagement", "根据市财政局要求，2023年2月份、2023年10月份，分别在广州住房公积金管理中心官网公开",
            "achievements", "截至2023年12月31日，灵活就业人员累计开户66651人，实缴人数42772人",
            "measuresClosing", "综上问题，广州住房公积金管理中心通过全面加强全过程绩效管理");
    /** 二（一）'s verdict and 一（四）'s project list, the narrative clauses inside computed paragraphs. */
    private static final String CONCLUSION_VERDICT = "经自评，综合结论为：2023年度广州住房公积金管理中心圆满完成年度工作目标，"
            + "主要支出计划任务及各项绩效指标均已达到既定目标。";
    private static final String PROJECT_CONTENTS = "项目支出主要是公共租赁住房建设资金、专项工作经费、业务场地改造项目、"
            + "业务用房物业管理费、办公、业务用房租赁经费、广州住房公积金管理中心2020年信息系统升级改造项目、购置经费等30个项目。";
    private static final String PLACEHOLDER = "（待填写）";

    private static final String PROCUREMENT_PROBLEM = "部分政府采购合同签订和备案工作时效性有待加强。";
    private static final List<String> PROCUREMENT_MEASURES = List.of("提高采购合同签订效率", "及时备案公开");

    private static Stack stack;
    /** The department's staff (department-editor). */
    private static Api editor;
    private static DemoRun demo;

    @BeforeAll
    static void loadTheDemoAsRunShDoes() {
        stack = RunningStack.start("seed");
        DemoActors actors = DemoActors.Tokens.issue(stack.tokens(), "seed", DEPT).actors();
        editor = actors.staff();
        demo = DemoRun.loadAndPublish(stack, actors, DEPT, YEAR);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theScorecardIsTheSeedsItemByItem() {
        JsonNode scorecard = demo.scorecard();
        assertThat(scorecard.path("complete").asBoolean()).isTrue();
        assertThat(scorecard.path("total").decimalValue()).isEqualByComparingTo("95.54");
        assertThat(dimension(scorecard, "performance")).isEqualByComparingTo("49.54");
        assertThat(dimension(scorecard, "management")).isEqualByComparingTo("46");

        Map<String, JsonNode> items = itemsByCode(scorecard);
        assertThat(items.keySet()).containsExactlyInAnyOrderElementsOf(SEED_TABLE.stream().map(row -> row.get(0)).toList());
        for (List<String> row : SEED_TABLE) {
            JsonNode item = items.get(row.get(0));
            assertThat(item.path("dimension").asText()).as(row.get(0)).isEqualTo(row.get(1));
            assertThat(item.path("max").decimalValue()).as(row.get(0) + " max").isEqualByComparingTo(row.get(2));
            assertThat(item.path("score").decimalValue()).as(row.get(0) + " points").isEqualByComparingTo(row.get(3));
        }
        assertThat(demo.expenditureLines()).isEqualTo(87);
    }

    /** Each write is recorded under the actor who made it: the reviewer's judgements, the staff's narrative. */
    @Test
    @Order(1)
    void theJudgementsAreTheReviewersAndTheNarrativeTheStaffs() {
        String evaluation = "/api/v1/departments/" + DEPT + "/years/" + YEAR;
        assertThat(demo.judgements()).isEqualTo(10);
        JsonNode history = editor.get(stack.url(StackOptions.SCORING) + evaluation
                + "/judgements/financial-compliance/history").expect(200).json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).path("changedBy").asText()).isEqualTo("seed-editor");

        assertThat(demo.narrative()).containsExactly("achievements", "conclusion", "key-task-completion",
                "measures-closing", "performance-management", "project-expenditure");
        for (String key : demo.narrative()) {
            JsonNode section = editor.get(stack.url(StackOptions.REPORT) + evaluation + "/report/narrative/" + key)
                    .expect(200).json();
            assertThat(section.path("revision").asInt()).as(key).isEqualTo(1);
            assertThat(section.path("writtenBy").asText()).as(key).isEqualTo("seed-editor");
        }
    }

    @Test
    @Order(2)
    void thePublishedReportShowsTheSeedsFiguresTablesAndProblemsInJsonHtmlAndDocx() throws IOException {
        JsonNode json = demo.report();
        assertThat(json.path("total").decimalValue()).isEqualByComparingTo("95.54");
        assertThat(dimension(json, "performance")).isEqualByComparingTo("49.54");
        assertThat(dimension(json, "management")).isEqualByComparingTo("46");
        JsonNode report = json.path("report");
        assertThat(report.path("complete").asBoolean()).isTrue();
        assertThat(tableRows(report.path("outputTable"))).containsExactlyElementsOf(TABLE_1);
        assertThat(tableRows(report.path("benefitTable"))).containsExactlyElementsOf(TABLE_2);
        assertThat(report.path("budgetParagraph").asText()).contains(BUDGET_FIGURES);
        assertThat(report.path("budgetParagraph").asText()).contains("30个项目");
        JsonNode procurement = finding(report, "procurement-contracts");
        assertThat(procurement.path("problem").asText()).isEqualTo(PROCUREMENT_PROBLEM);
        assertThat(procurement.path("measure").asText()).contains(PROCUREMENT_MEASURES);
        assertThat(texts(procurement.path("sourceItems")))
                .containsExactly("contract-signing-timeliness", "contract-filing-timeliness");
        NARRATIVE.forEach((field, sentence) -> {
            assertThat(report.path(field).path("written").asBoolean()).as(field).isTrue();
            assertThat(String.join("\n", texts(report.path(field).path("paragraphs")))).as(field).contains(sentence);
        });
        assertThat(report.path("conclusion").get(0).asText()).contains(CONCLUSION_VERDICT + CONCLUSION);
        assertThat(report.path("budgetParagraph").asText()).endsWith(PROJECT_CONTENTS);

        String html = new String(publicGet("/reports/" + DEPT + "/" + YEAR + ".html"), StandardCharsets.UTF_8);
        assertShowsTheSeed(html, "HTML");

        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(publicGet("/reports/" + DEPT + "/" + YEAR + ".docx")));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            docx = extractor.getText();
            // Row by row, as an official reads the Word tables: 三级指标, 完成指标值 and 完成情况 of one row together.
            List<List<String>> rows = document.getTables().stream().flatMap(table -> table.getRows().stream())
                    .map(row -> row.getTableCells().stream().map(cell -> cell.getText().strip()).toList())
                    .filter(cells -> cells.size() == 6).map(cells -> List.of(cells.get(2), cells.get(4), cells.get(5)))
                    .toList();
            assertThat(rows).as("DOCX 表1 and 表2 rows").containsSubsequence(TABLE_1).containsSubsequence(TABLE_2);
        }
        assertShowsTheSeed(docx, "DOCX");
    }

    /**
     * The public page as a reader sees it in a browser: its rendered text, not its HTML source. Shares order 2 with
     * the test above: both only read the version the demo published, so which of the two runs first does not matter.
     * The full-page screenshot is kept under local-stack/target/screenshots/ for a person or a CI job to keep.
     */
    @Test
    @Order(2)
    void thePublicReportPageShowsTheSeedInHeadlessChromium() {
        Path project = Path.of(System.getProperty("perfeval.project.dir", "..")).toAbsolutePath().normalize();
        try (HeadlessChromium chromium = HeadlessChromium.start(project.resolve("local-stack/target/e2e"))) {
            chromium.open(stack.url(StackOptions.REPORT) + "/reports/" + DEPT + "/" + YEAR);
            chromium.saveFullPageScreenshot(project.resolve(
                    "local-stack/target/screenshots/SeedCaseIT-thePublicReportPageShowsTheSeedInHeadlessChromium.png"));

            assertThat(chromium.title()).isEqualTo(TITLE);
            assertThat(chromium.text("h1")).isEqualTo(TITLE);
            assertThat(chromium.text("#total")).isEqualTo("95.54");
            assertThat(chromium.text(".dimension-score[data-code=performance]")).isEqualTo("49.54");
            assertThat(chromium.text(".dimension-score[data-code=management]")).isEqualTo("46");
            assertThat(chromium.text("#conclusion")).endsWith(CONCLUSION);
            assertThat(chromium.text("p.meta:has(#total)")).contains("等级：优");
            assertThat(threeColumns(chromium.rows("#table-1 tbody tr"))).containsExactlyElementsOf(TABLE_1);
            assertThat(threeColumns(chromium.rows("#table-2 tbody tr"))).containsExactlyElementsOf(TABLE_2);
            assertThat(chromium.text("#budget")).contains(BUDGET_FIGURES);
            assertThat(chromium.text("[data-code=contract-signing-timeliness]")).contains("扣分：HT-2023-02");
            assertThat(chromium.text("[data-code=contract-filing-timeliness]")).contains("扣分：HT-2023-03");
            // The reasons are the services' own words, in Chinese: no fact keys, no English, no reviewer accounts.
            assertThat(chromium.text("[data-code=contract-signing-timeliness]"))
                    .contains("中标、成交通知书发出于2023-07-03，合同签订于2023-08-15，超过期限2023-08-02共13日");
            assertThat(chromium.text("body")).doesNotContain("procurement.", "budget.", "assets.", "deadline", "day(s)",
                    "seed-erp", "seed-editor", "seed-reviewer");
            assertThat(chromium.text("[data-section=key-task-completion]")).contains(NARRATIVE.get("keyTaskCompletion"));
            assertThat(chromium.text("[data-section=achievements]")).contains(NARRATIVE.get("achievements"));
            assertThat(chromium.text("body")).doesNotContain(PLACEHOLDER);
            assertThat(chromium.text("#problems")).contains(PROCUREMENT_PROBLEM);
            assertThat(chromium.text("#measures")).contains(PROCUREMENT_MEASURES);

            // On a 390 px phone the page keeps the screen's width; a table wider than that scrolls in its own box.
            chromium.emulatePhone(390, 844);
            chromium.open(stack.url(StackOptions.REPORT) + "/reports/" + DEPT + "/" + YEAR);
            chromium.saveFullPageScreenshot(project.resolve(
                    "local-stack/target/screenshots/SeedCaseIT-thePublicReportPageAt390px.png"));
            assertThat(chromium.pageWidth()).as("page width at 390 px").isLessThanOrEqualTo(390);
            assertThat(threeColumns(chromium.rows("#table-1 tbody tr"))).containsExactlyElementsOf(TABLE_1);
        }
    }

    private static List<List<String>> expectedScorecard() {
        Path file = Path.of(System.getProperty("perfeval.project.dir", ".."))
                .resolve("demo-data/GZHPF-2023/expected-scorecard.csv");
        try {
            return java.nio.file.Files.readAllLines(file).stream().skip(1).map(line -> line.split(","))
                    .map(cells -> List.of(cells[0], cells[1], cells[3], cells[4])).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The seed's expected scorecard: " + file, e);
        }
    }

    /** 三级指标, 完成指标值, 完成情况 of the six visible columns (一级, 二级, 三级, 年度指标值, 完成指标值, 完成情况). */
    private static List<List<String>> threeColumns(List<List<String>> rows) {
        return rows.stream().map(cells -> List.of(cells.get(2), cells.get(4), cells.get(5))).toList();
    }

    @Test
    @Order(3)
    void simulatingTheCorrectedContractDatesGives9954AndStoresNothing() {
        String scorecardUrl = stack.url(StackOptions.SCORING) + "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/scorecard";
        String verdictsUrl = stack.url(StackOptions.BUDGET) + "/api/v1/departments/" + DEPT + "/years/" + YEAR
                + "/procurement/verdicts";
        JsonNode before = editor.get(scorecardUrl).expect(200).json();
        String verdictsBefore = editor.get(verdictsUrl).expect(200).body();

        // The dates the next step really writes, judged by budget-service on its calendar and scored, stored nowhere.
        JsonNode simulated = editor.post(scorecardUrl + "/simulations", """
                {"procurement": {"contracts": [{"contractId": "HT-2023-02", "signedOn": "2023-07-28", "filedOn": "2023-07-31"},
                                               {"contractId": "HT-2023-03", "filedOn": "2023-09-28"}]}}
                """).expect(200).json();
        assertThat(simulated.path("total").decimalValue()).isEqualByComparingTo("99.54");
        Map<String, JsonNode> items = itemsByCode(simulated);
        assertThat(items.get("contract-signing-timeliness").path("score").decimalValue()).isEqualByComparingTo("3");
        assertThat(items.get("contract-filing-timeliness").path("score").decimalValue()).isEqualByComparingTo("1");

        // A date budget-service rejects comes back as its problem, naming the record and field.
        Api.Response rejected = editor.post(scorecardUrl + "/simulations",
                "{\"procurement\": {\"contracts\": [{\"contractId\": \"HT-2023-02\", \"signedOn\": \"2023-06-01\"}]}}");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().path("errors").get(0).path("field").asText())
                .isEqualTo("procurement.contracts[HT-2023-02].signedOn");

        JsonNode after = editor.get(scorecardUrl).expect(200).json();
        assertThat(after.path("version").asInt()).isEqualTo(before.path("version").asInt());
        assertThat(after.path("total").decimalValue()).isEqualByComparingTo("95.54");
        assertThat(editor.get(verdictsUrl).expect(200).body()).isEqualTo(verdictsBefore);
    }

    @Test
    @Order(3)
    void simulatingAnActualAsWrittenScoresItAsItsValueInBaseUnits() {
        String scorecardUrl = stack.url(StackOptions.SCORING) + "/api/v1/departments/" + DEPT + "/years/" + YEAR + "/scorecard";
        JsonNode indicators = editor.get(stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + DEPT + "/years/"
                + YEAR + "/indicators?size=100").expect(200).json().path("items");
        String loans = null;
        for (JsonNode indicator : indicators) {
            if (indicator.path("name").asText().equals("年度住房公积金贷款发放笔数")) {
                loans = indicator.path("id").asText();
            }
        }
        assertThat(loans).as("the seed's loans indicator").isNotNull();

        // Read by indicator-service as reporting the actual would read it: 4.00万笔 is 40000, short of 4.48万笔.
        JsonNode asWritten = editor.post(scorecardUrl + "/simulations",
                "{\"actualsAsWritten\": {\"" + loans + "\": \"4.00万笔\"}}").expect(200).json();
        JsonNode inBaseUnits = editor.post(scorecardUrl + "/simulations",
                "{\"indicatorActuals\": {\"" + loans + "\": 40000}}").expect(200).json();
        assertThat(asWritten.path("total").decimalValue()).isEqualByComparingTo(inBaseUnits.path("total").decimalValue())
                .isLessThan(new java.math.BigDecimal("95.54"));

        Api.Response rejected = editor.post(scorecardUrl + "/simulations",
                "{\"actualsAsWritten\": {\"" + loans + "\": \"4.00万人\"}}");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().path("errors").get(0).path("field").asText()).isEqualTo("actualsAsWritten." + loans);
        // indicator-service's reason reaches a zh-CN user of the what-if in Chinese, relayed by scoring-service
        Api.Response inChinese = editor.speaking("zh-CN").post(scorecardUrl + "/simulations",
                "{\"actualsAsWritten\": {\"" + loans + "\": \"4.00万人\"}}");
        assertThat(inChinese.status()).isEqualTo(400);
        assertThat(inChinese.json().path("errors").get(0).path("message").asText())
                .contains("单位").doesNotContain("unit ");
    }

    private static void assertShowsTheSeed(String text, String format) {
        assertThat(text).as(format).contains("95.54", "49.54", "46");
        for (List<String> row : concat(TABLE_1, TABLE_2)) {
            assertThat(text).as(format + " row " + row.get(0)).contains(row);
        }
        assertThat(text).as(format).contains(BUDGET_FIGURES);
        assertThat(text).as(format).contains(PROCUREMENT_PROBLEM);
        assertThat(text).as(format).contains(PROCUREMENT_MEASURES);
        assertThat(text).as(format).contains(NARRATIVE.values());
        assertThat(text).as(format).contains(CONCLUSION_VERDICT, PROJECT_CONTENTS);
        assertThat(text).as(format).doesNotContain(PLACEHOLDER);
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<List<String>> tableRows(JsonNode table) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : table) {
            rows.add(List.of(row.path("name").asText(), row.path("actual").asText(), row.path("completion").asText()));
        }
        return rows;
    }

    private static BigDecimal dimension(JsonNode scorecardOrReport, String code) {
        for (JsonNode dimension : scorecardOrReport.path("dimensions")) {
            if (dimension.path("code").asText().equals(code)) {
                return dimension.path("score").decimalValue();
            }
        }
        throw new AssertionError("no dimension " + code + " in " + scorecardOrReport.path("dimensions"));
    }

    private static Map<String, JsonNode> itemsByCode(JsonNode scorecard) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        scorecard.path("items").forEach(item -> items.put(item.path("code").asText(), item));
        return items;
    }

    private static JsonNode finding(JsonNode report, String key) {
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("key").asText().equals(key)) {
                return finding;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static byte[] publicGet(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.url(StackOptions.REPORT) + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
