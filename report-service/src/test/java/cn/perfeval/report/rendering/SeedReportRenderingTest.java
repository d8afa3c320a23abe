package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.report.SeedScorecards;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The seed's scorecard rendered in every format shows the seed report's figures and wording. */
class SeedReportRenderingTest {

    /** 表1 and 表2 of the seed, row by row: 一级/二级/三级指标, 年度指标值, 完成指标值, 完成情况. */
    static final List<List<String>> TABLE_1 = List.of(
            List.of("产出指标", "数量指标", "当年广州住房公积金新开户职工数", "60万人", "60万人", "100.00%"),
            List.of("产出指标", "数量指标", "当年广州住房公积金实缴人数", "530万人", "534.89万人", "100.92%"),
            List.of("产出指标", "数量指标", "年度业务量——系统业务受理笔数", "＞6500万", "7398万", "113.82%"),
            List.of("产出指标", "数量指标", "年度住房公积金贷款发放笔数", "4.48万笔", "5.18万笔", "115.63%"),
            List.of("产出指标", "数量指标", "系统并发数（一秒内系统同时在线最大用户数）", "＞950", "961个", "101.16%"),
            List.of("产出指标", "质量指标", "发布新媒体宣传率", "≥85%", "105.88%", "124.56%"),
            List.of("产出指标", "质量指标", "网络连通性", "≥99%", "99.45%", "100.45%"),
            List.of("产出指标", "质量指标", "律师出庭胜诉率", "≥99%", "100.00%", "101.01%"));
    static final List<List<String>> TABLE_2 = List.of(
            List.of("效益指标", "社会效益", "故障响应率", "＞90%", "93.64%", "104.04%"),
            List.of("效益指标", "社会效益", "支持购房面积", "411.30万平方米", "491.72万平方米", "119.55%"),
            List.of("满意度指标", "服务对象满意度指标", "业务大厅服务评价好评率", "≥90%", "100%", "111.11%"));

    static final String CONCLUSION = "部门整体支出绩效自评综合得分为95.54分，其中履职效能情况自评综合得分为49.54分，"
            + "管理效率情况自评综合得分为46分。";
    static final String BUDGET = "广州住房公积金管理中心2023年度年初预算金额为21,443.80万元，年中调增预算金额311.25万元，"
            + "年度预算数为21,755.05万元，全年支出金额为21,522.08万元，预算执行率为98.93%，其中基本支出8,858.19万元，"
            + "基本支出主要是人员经费和公用经费支出；项目支出12,663.89万元，共30个项目。";
    static final String SPENDING_RATE = "部门预算资金支出率具体反映部门预算资金支出进度，分值权重为10分，根据《广州市财政局关于2023年"
            + "市本级部门预算单位支出进度情况的通报》，广州住房公积金管理中心2023年一般公共预算支出年度平均执行率95.40%，"
            + "根据评分标准，该指标得9.54分。";
    static final String PROBLEM_BUDGET = "一是预算执行率均衡性有待加强。2023年广州住房公积金管理中心个别项目因在实施过程中受客观因素"
            + "影响进度，影响部门整体支出和财政资金使用效率，导致部分月份预算执行率存在不同程度偏差，均衡性有待提高。";
    static final String PROBLEM_PROCUREMENT = "二是部分政府采购合同签订和备案工作时效性有待加强。";
    static final String MEASURE_PROCUREMENT = "2.进一步完善采购工作流程。一是提高采购合同签订效率。采购人将严格按照政府采购法有关规定，"
            + "在中标、成交通知书发出之日起30日内，按照采购文件确定的事项与中标、成交供应商签订政府采购合同。二是及时备案公开。";

    private final ReportContent report = new ReportComposer().compose(SeedScorecards.seed(), NarrativeTexts.none());
    private final TestRendering.Formats formats = TestRendering.formats();

    @Test
    void theStructuredReportCarriesTheSeedsFiguresAndWording() {
        assertThat(report.title()).isEqualTo("2023年度广州住房公积金管理中心部门整体支出绩效自评报告");
        assertThat(report.total()).isEqualByComparingTo("95.54");
        assertThat(report.grade()).isEqualTo("优");
        assertThat(report.conclusion().get(0)).endsWith(CONCLUSION);
        assertThat(report.outputTable()).extracting(SeedReportRenderingTest::rowCells).containsExactlyElementsOf(TABLE_1);
        assertThat(report.benefitTable()).extracting(SeedReportRenderingTest::rowCells).containsExactlyElementsOf(TABLE_2);
        assertThat(report.outputIntro()).isEqualTo("部门整体绩效目标产出指标共设置5个数量指标和3个质量指标，实际完成情况为100%，"
                + "根据评分标准，该指标得满分20分。具体详见下表1：");
        assertThat(report.benefitIntro()).startsWith("部门整体绩效目标效益指标共设置2个社会效益指标和1个服务对象满意度指标");
        assertThat(report.budgetParagraph()).isEqualTo(BUDGET);
        assertThat(report.spendingRate().pointsSentence()).isEqualTo(SPENDING_RATE);
        assertThat(report.managementGroups()).extracting(ReportContent.ItemGroup::heading).containsExactly(
                "1.预算编制", "2.预算执行实施情况", "3.信息公开实施情况", "4.绩效管理实施情况", "5.采购管理实施情况",
                "6.资产管理实施情况", "7.运行成本实施情况");
        ReportContent.ItemLine signing = item("contract-signing-timeliness");
        assertThat(signing.heading()).isEqualTo("(5)采购合同签订时效性");
        assertThat(signing.pointsSentence()).isEqualTo("分值3分，得分0分。");
        assertThat(signing.deductions()).containsExactly("CT-2023-002：成交通知书 2023-03-01 发出，2023-04-10 签订，超过 30 日（扣3分）");
        assertThat(signing.verdict()).isEqualTo("根据评分标准，该指标不得分。");
        assertThat(item("procurement-intention-completeness").pointsSentence()).isEqualTo("分值0.5分，自评得分0.5分。");
        assertThat(item("public-funds-control").paragraphs().get(0)).isEqualTo("2023年度，广州住房公积金管理中心实际支出公用经费"
                + "总额623.75万元，预算安排公用经费总额金额653.47万元，因此公用经费控制率=（实际支出公用经费总额-预算安排公用经费"
                + "总额）/预算安排公用经费总额×100%=-4.55%，控制率≤0，符合公用经费控制要求。");
        assertThat(report.findings()).extracting(ReportContent.Finding::key)
                .containsExactly("budget-execution", "procurement-contracts");
        assertThat(report.functions().paragraphs()).hasSize(6).first().asString().startsWith("负责广州地区");
        assertThat(report.keyTasks()).hasSize(2);
        assertThat(report.targetTable()).hasSize(11);
    }

    @Test
    void htmlShowsEveryTableRowTheConclusionTheBudgetAndTheProblems() throws Exception {
        String html = formats.html(report, 1);
        // Kept for a person to look at in a browser, e.g. at a phone's width.
        java.nio.file.Files.createDirectories(Path.of("target/reports"));
        java.nio.file.Files.writeString(Path.of("target/reports/seed-report.html"), html);

        assertThat(html).contains(CONCLUSION, BUDGET, SPENDING_RATE, PROBLEM_BUDGET, PROBLEM_PROCUREMENT,
                MEASURE_PROCUREMENT, "1.加强预算资金管理。一是进一步提高预算项目支出均衡性",
                "一、部门基本情况", "二、绩效自评情况", "三、存在的主要问题", "四、下一步改进措施", "第 1 版");
        String table1 = html.substring(html.indexOf("id=\"table-1\""), html.indexOf("id=\"table-2\""));
        String table2 = html.substring(html.indexOf("id=\"table-2\""));
        TABLE_1.forEach(row -> assertThat(table1).contains(htmlRow(row)));
        TABLE_2.forEach(row -> assertThat(table2).contains(htmlRow(row)));
        assertThat(html).contains("<strong id=\"total\">95.54</strong>",
                "<strong class=\"dimension-score\" data-code=\"management\">46</strong>");
        assertThat(html).contains("<p>负责广州地区及广东省铁路系统住房公积金的管理和运作。主要职责包括：</p>")
                .doesNotContain("{report");
    }

    @Test
    void layoutHelpersStayOutOfTheStoredJsonAndSoOutOfTheContentHash() throws Exception {
        assertThat(SeedScorecards.JSON.writeValueAsString(report)).contains("\"total\":95.54")
                .doesNotContain("totalPoints", "scorePoints");
    }

    @Test
    void htmlEscapesWhatPeopleWrite() {
        ReportContent written = new ReportComposer().compose(SeedScorecards.seed(),
                new NarrativeTexts(Map.of(NarrativeKeys.ACHIEVEMENTS, "<script>alert(1)</script>成效")));
        assertThat(formats.html(written, null)).contains("&lt;script&gt;alert(1)&lt;/script&gt;成效")
                .doesNotContain("<script>");
    }

    @Test
    void markdownHasTheTablesAsPipeTables() {
        String markdown = formats.markdown(report, 2);
        TABLE_1.forEach(row -> assertThat(markdown).contains("| " + String.join(" | ", row) + " |"));
        TABLE_2.forEach(row -> assertThat(markdown).contains("| " + String.join(" | ", row) + " |"));
        assertThat(markdown).contains("# 2023年度广州住房公积金管理中心部门整体支出绩效自评报告", CONCLUSION, BUDGET,
                PROBLEM_PROCUREMENT, MEASURE_PROCUREMENT, "##### (6)合同备案时效性");
    }

    @Test
    void docxReadBackWithPoiHasTheFiguresTablesAndProblems() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(formats.docx(report, 1)))) {
            String text = String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains(report.title(), CONCLUSION, BUDGET, SPENDING_RATE, PROBLEM_BUDGET,
                    PROBLEM_PROCUREMENT, MEASURE_PROCUREMENT, "分值3分，得分0分。");
            List<List<List<String>>> tables = docx.getTables().stream().map(SeedReportRenderingTest::cells).toList();
            assertThat(tables).contains(withHeader(TABLE_1), withHeader(TABLE_2));
        }
    }

    @Test
    void pdfTextIsChineseNotBoxes() throws Exception {
        byte[] pdf = formats.pdf(report, 1);
        // Kept for a person to look at (pdftoppm -png target/reports/seed-report.pdf).
        java.nio.file.Files.createDirectories(Path.of("target/reports"));
        java.nio.file.Files.write(Path.of("target/reports/seed-report.pdf"), pdf);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("2023年度广州住房公积金管理中心部门整体支出绩效自评报告", "一、部门基本情况",
                    "三、存在的主要问题", CONCLUSION, "当年广州住房公积金实缴人数", "534.89万人", "100.92%",
                    "部分政府采购合同签订和备案工作时效性有待加强");
        }
    }

    @Test
    void withoutACjkFontPdfIsA503ProblemNotBoxes() {
        TestRendering.Formats fontless = TestRendering.formats(List.of(Path.of("/nonexistent/font.ttf")));
        assertThatThrownBy(() -> fontless.pdf(report, 1)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.type().status()).isEqualTo(503));
    }

    /** Text from another service is not checked like narrative: a character XML forbids must not stop the PDF. */
    @Test
    void charactersXmlForbidsStillLetThePdfAndDocxBeMadeShownAsReplacementCharacters() throws Exception {
        ReportContent written = new ReportComposer().compose(SeedScorecards.seed(),
                new NarrativeTexts(Map.of(NarrativeKeys.ACHIEVEMENTS, "成效\uFFFE显著\uD800。")));
        try (PDDocument document = Loader.loadPDF(formats.pdf(written, 1))) {
            assertThat(new PDFTextStripper().getText(document)).contains(CONCLUSION.substring(0, 10));
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(formats.docx(written, 1)))) {
            assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText)).contains("成效\uFFFD显著\uFFFD。");
        }
    }

    @Test
    void aConfiguredFontThatIsNotAFontIsA503ProblemNamingIt() throws Exception {
        Path notAFont = java.nio.file.Files.createTempFile("not-a-font", ".ttf");
        java.nio.file.Files.writeString(notAFont, "this is not a TrueType font");
        TestRendering.Formats misconfigured = TestRendering.formats(List.of(notAFont));
        assertThatThrownBy(() -> misconfigured.pdf(report, 1)).isInstanceOfSatisfying(ProblemException.class,
                problem -> {
                    assertThat(problem.type().status()).isEqualTo(503);
                    assertThat(problem.getMessage()).contains(notAFont.toString());
                });
    }

    @Test
    void jsonOfTheReportHasTotalsDimensionsAndRows() throws Exception {
        JsonNode json = SeedScorecards.JSON.readTree(SeedScorecards.JSON.writeValueAsString(report));
        assertThat(json.path("total").decimalValue()).isEqualByComparingTo("95.54");
        assertThat(json.path("dimensions").findValues("score")).extracting(JsonNode::decimalValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("49.54"), new BigDecimal("46"));
        assertThat(json.path("outputTable").toString()).contains("534.89万人", "100.92%", "124.56%");
        assertThat(json.path("benefitTable").size()).isEqualTo(3);
        assertThat(json.path("budgetParagraph").asText()).isEqualTo(BUDGET);
    }

    private ReportContent.ItemLine item(String code) {
        return report.managementGroups().stream().flatMap(g -> g.items().stream())
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static String htmlRow(List<String> row) {
        return "<tr><td>" + String.join("</td><td>", row.subList(0, 5)) + "</td><td class=\"num\">" + row.get(5)
                + "</td></tr>";
    }

    private static List<List<String>> withHeader(List<List<String>> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "完成指标值", "完成情况（%）"));
        table.addAll(rows);
        return table;
    }

    private static List<List<String>> cells(XWPFTable table) {
        return table.getRows().stream().map(SeedReportRenderingTest::cells).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).toList();
    }

    static List<String> rowCells(ReportContent.TableRow row) {
        return List.of(row.level1(), row.level2(), row.name(), row.annualTarget(), row.actual(), row.completion());
    }
}
