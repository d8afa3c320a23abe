package cn.perfeval.report.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.rendering.Block;
import cn.perfeval.report.rendering.Outline;
import cn.perfeval.report.rendering.TestRendering;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The monitoring report of a round built in the test ({@link TestRounds}): each section's wording and tables, with the
 * figures written out by hand from the round's values, then the same outline in HTML (escaped), DOCX and PDF.
 */
class MonitoringReportOutlineTest {

    private static final String NAME = "广州住房公积金管理中心";
    private static final String TITLE = "广州住房公积金管理中心2023年预算绩效运行监控报告（截至2023年7月31日）";

    private final TestRendering.Formats formats = TestRendering.formats();

    @Test
    void theTitleNamesTheDepartmentTheYearAndTheAsOfDateAndTheSubtitleTheVersion() {
        Outline outline = outline(TestRounds.round("GZHPF", TestRounds.AS_OF, 4));
        assertThat(outline.title()).isEqualTo(TITLE);
        assertThat(outline.blocks().get(0)).isEqualTo(new Block.Title(TITLE, "第 4 版监控数据，监控进行中，时间进度58.33%"));
        ObjectNode closed = TestRounds.round("GZHPF", "2023-06-30", 5).put("state", "CLOSED");
        assertThat(MonitoringReportOutline.of(TestRounds.read(closed), "GZHPF").blocks().get(0)).isEqualTo(
                new Block.Title("GZHPF2023年预算绩效运行监控报告（截至2023年6月30日）", "第 5 版监控数据，监控已结束，时间进度58.33%"));
    }

    @Test
    void budgetExecutionStatesTheDepartmentsPaceTheMonthEndsAndTheProjectsLaggingFirst() {
        Outline outline = outline(TestRounds.round("GZHPF", TestRounds.AS_OF, 4));
        assertThat(headings(outline, 1)).containsExactly("一、预算执行情况", "二、绩效目标完成情况", "三、偏离原因及纠偏措施",
                "四、需要说明的缺失数据");
        assertThat(paragraphs(outline)).contains("截至2023年7月31日，部门预算21,755.05万元，已执行10,240.50万元，"
                + "预算执行率47.07%，应达到执行率58.33%，落后11.26个百分点，预警：红。");
        Block.Table months = table(outline, "months");
        assertThat(months.header()).containsExactly("月份", "预算（万元）", "累计执行（万元）", "累计执行率", "应达到执行率",
                "财政通报执行率");
        assertThat(months.rows()).containsExactly(
                List.of("6月", "21,755.05", "9,000.00", "41.37%", "50.00%", "45.10%"),
                List.of("7月", "21,755.05", "10,240.50", "47.07%", "58.33%", ""));
        assertThat(table(outline, "projects").rows()).containsExactly(
                List.of("公共租赁住房建设资金（P2023-01）", "3,742.11", "1,200.00", "32.07%", "58.33%", "红"),
                List.of("信息系统运维（P2023-02）", "800.00", "480.00", "60.00%", "58.33%", "绿"));
    }

    @Test
    void aPaceAheadOrMissingIsWordedAsSuch() {
        ObjectNode ahead = TestRounds.round("GZHPF", TestRounds.AS_OF, 4);
        ahead.with("budgetPace").with("department").put("behindPoints", new java.math.BigDecimal("-2.5"))
                .put("light", "GREEN");
        assertThat(paragraphs(outline(ahead))).anySatisfy(p -> assertThat(p).endsWith("超前2.50个百分点，预警：绿。"));

        ObjectNode missing = TestRounds.round("GZHPF", TestRounds.AS_OF, 4);
        missing.with("budgetPace").with("department").putNull("budget").putNull("ratePercent").putNull("behindPoints")
                .put("light", "NONE");
        assertThat(paragraphs(outline(missing))).contains("截至2023年7月31日，部门预算—，已执行10,240.50万元，预算执行率—，"
                + "应达到执行率58.33%，预警：无。");
    }

    @Test
    void targetCompletionListsEveryIndicatorInTreeOrderWithItsProgressForecastJudgementAndLight() {
        Block.Table indicators = table(outline(TestRounds.round("GZHPF", TestRounds.AS_OF, 4)), "indicators");
        assertThat(indicators.header()).containsExactly("指标名称", "年度指标值", "截至监控时点完成值", "完成进度",
                "预计全年完成值", "完成可能性", "预警");
        assertThat(indicators.rows()).containsExactly(
                List.of("业务大厅服务评价好评率", "≥90%", "99.90%（2023年7月31日）", "111.00%", "99.90%", "能完成", "绿"),
                List.of("年度住房公积金贷款发放笔数", "≥4.48万笔", "2.10万笔（2023年6月30日）", "46.88%", "3.60万笔", "可能完成",
                        "黄"));
    }

    @Test
    void deviationsListEachOffPaceOrExplainedFigureWithReasonAndMeasuresAndTheMissingInputsAreNamed() {
        Outline outline = outline(TestRounds.round("GZHPF", TestRounds.AS_OF, 4));
        assertThat(headings(outline, 2)).containsSubsequence("（一）部门预算执行（预警：红）",
                "（二）项目“公共租赁住房建设资金（P2023-01）”（预警：红）", "（三）绩效指标“年度住房公积金贷款发放笔数”（预警：黄）");
        assertThat(headings(outline, 2)).noneSatisfy(h -> assertThat(h).contains("信息系统运维"))
                .noneSatisfy(h -> assertThat(h).contains("业务大厅服务评价好评率"));
        assertThat(paragraphs(outline)).containsSubsequence("偏离原因：经费保障。项目资金下达较晚", "纠偏措施：",
                "1.加快项目支付进度（责任人：财务科 张三；完成时限：2023年9月30日）", "偏离原因：（未填报）", "纠偏措施：（未填报）",
                "偏离原因：其他。上半年房地产市场低迷", "纠偏措施：（未填报）",
                "1.绩效指标“住房公积金归集额”在2023-07-31前没有进度值");
    }

    @Test
    void aRoundWithoutDeviationsOrMissingInputsSaysSoAndHasNoFourthSection() {
        ObjectNode calm = TestRounds.round("GZHPF", TestRounds.AS_OF, 4);
        ObjectNode department = calm.with("budgetPace").with("department").put("light", "GREEN");
        department.putNull("deviation").putArray("measures");
        calm.with("budgetPace").putArray("projects");
        calm.withArray("indicators").remove(0);
        calm.putArray("missingInputs");
        Outline outline = outline(calm);
        assertThat(headings(outline, 1)).containsExactly("一、预算执行情况", "二、绩效目标完成情况", "三、偏离原因及纠偏措施");
        assertThat(paragraphs(outline)).contains("本次监控未发现偏离绩效目标或预算执行进度的情况。");
    }

    @Test
    void absentListsAndNullEntriesAreReadAsNothingRatherThanFailingTheReport() {
        ObjectNode sparse = TestRounds.round("GZHPF", TestRounds.AS_OF, 4);
        sparse.withArray("indicators").addNull();
        sparse.with("budgetPace").remove("months");
        sparse.with("budgetPace").remove("notifiedRates");
        sparse.with("budgetPace").withArray("projects").addNull();
        sparse.remove("missingInputs");
        Outline outline = outline(sparse);
        assertThat(table(outline, "indicators").rows()).hasSize(2);
        assertThat(table(outline, "months").rows()).isEmpty();
        assertThat(table(outline, "projects").rows()).hasSize(2);
        assertThat(headings(outline, 1)).doesNotContain("四、需要说明的缺失数据");
    }

    @Test
    void theContractsSampleRoundIsReadAndRendered() throws Exception {
        Path sample = Path.of(System.getProperty("perfeval.project.dir", ".."), "docs/samples/monitoring-round.json");
        MonitoringRound round = SeedScorecards.JSON.readValue(Files.readString(sample), MonitoringRound.class);
        assertThat(round.complete()).isTrue();
        Outline outline = MonitoringReportOutline.of(round, NAME);
        assertThat(outline.title()).isEqualTo(TITLE);
        assertThat(table(outline, "indicators").rows()).containsExactly(List.of("年度住房公积金贷款发放笔数", "≥4.48万笔",
                "2.10万笔（2023年6月30日）", "46.88%", "3.60万笔", "可能完成", "黄"));
    }

    @Test
    void theHtmlEscapesEveryTextTheDepartmentWrote() {
        ObjectNode hostile = TestRounds.round("GZHPF", TestRounds.AS_OF, 4);
        hostile.with("budgetPace").with("department").with("deviation")
                .put("text", "<script>alert('x')</script> & \"quoted\"");
        String html = new String(formats.render("html", outline(hostile)), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert").contains(
                "偏离原因：经费保障。&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        assertThat(html).contains("<title>" + TITLE + "</title>", "<table id=\"indicators\">", "<td>可能完成</td>");
    }

    @Test
    void theDocxAndThePdfOpenAndCarryTheTitleAndTheTables() throws Exception {
        Outline outline = outline(TestRounds.round("GZHPF", TestRounds.AS_OF, 4));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(formats.render("docx", outline)))) {
            assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText).toList()).contains(TITLE,
                    "二、绩效目标完成情况");
            assertThat(docx.getTables()).hasSize(3);
            assertThat(docx.getTables().get(2).getRow(2).getCell(6).getText()).isEqualTo("黄");
        }
        try (PDDocument pdf = Loader.loadPDF(formats.render("pdf", outline))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains(TITLE,
                    "预算执行率47.07%", "年度住房公积金贷款发放笔数");
        }
    }

    private static Outline outline(ObjectNode round) {
        return MonitoringReportOutline.of(TestRounds.read(round), NAME);
    }

    private static List<Block> flat(List<Block> blocks) {
        List<Block> all = new ArrayList<>();
        for (Block block : blocks) {
            all.add(block);
            if (block instanceof Block.Group group) {
                all.addAll(flat(group.blocks()));
            }
        }
        return all;
    }

    private static List<String> headings(Outline outline, int level) {
        return flat(outline.blocks()).stream().filter(b -> b instanceof Block.Heading h && h.level() == level)
                .map(b -> ((Block.Heading) b).text()).toList();
    }

    private static List<String> paragraphs(Outline outline) {
        return flat(outline.blocks()).stream().filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).text()).toList();
    }

    private static Block.Table table(Outline outline, String id) {
        return flat(outline.blocks()).stream().filter(b -> b instanceof Block.Table t && t.id().equals(id))
                .map(Block.Table.class::cast).findFirst().orElseThrow();
    }
}
