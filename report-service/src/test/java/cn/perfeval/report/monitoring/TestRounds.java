package cn.perfeval.report.monitoring;

import cn.perfeval.report.SeedScorecards;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A monitoring round as scoring-service publishes it (docs/monitoring.md, "The round event"), built here with every
 * section filled: the department's pace red and explained, June and July month ends (June with a notified rate), a
 * green project listed before a red, lagging one, a yellow explained indicator and a green one, and one missing input.
 */
public final class TestRounds {

    public static final String TYPE = "cn.perfeval.scoring.monitoring-round.changed";
    public static final String SCHEMA = "/schemas/monitoring-round-v1.json";
    public static final String AS_OF = "2023-07-31";

    private TestRounds() {
    }

    /** The thresholds a round shows it used (scoring-service's shipped guangzhou-2023 values, version 1). */
    private static void thresholds(ObjectNode thresholds) {
        thresholds.put("version", "1");
        ObjectNode pace = thresholds.putObject("budgetPace").put("yellowBehindPoints", decimal("0.00"))
                .put("redBehindPoints", decimal("10.00"));
        pace.putObject("monthlyTargets");
        thresholds.putObject("targetProgress").put("yellowBehindPoints", decimal("5.00"))
                .put("redBehindPoints", decimal("15.00"));
    }

    public static ObjectNode round(String department, String asOf, int version) {
        ObjectNode round = SeedScorecards.JSON.createObjectNode().put("departmentCode", department)
                .put("fiscalYear", 2023).put("asOf", asOf).put("state", "OPEN").put("version", version)
                .put("computedAt", "2023-08-02T09:15:00Z").put("schemeId", "guangzhou-2023")
                .put("timeProgressPercent", decimal("58.33"));
        thresholds(round.putObject("thresholds"));
        ObjectNode pace = round.putObject("budgetPace");
        department(pace.putObject("department"));
        ArrayNode months = pace.putArray("months");
        month(months.addObject(), 6, "21755.05", "9000.00", "41.37", "50.00");
        month(months.addObject(), 7, "21755.05", "10240.50", "47.07", "58.33");
        projects(pace.putArray("projects"));
        pace.putArray("notifiedRates").addObject().put("month", 6).put("ratePercent", decimal("45.10"));
        indicators(round.putArray("indicators"));
        round.putArray("missingInputs").addObject().put("input", "progress").put("recordType", "indicator")
                .put("recordId", "0b5e1a7c-9d2f-4c3e-8a1b-2c3d4e5f6a7b")
                .put("message", "绩效指标“住房公积金归集额”在2023-07-31前没有进度值");
        round.putObject("lightCounts").put("GREEN", 2).put("YELLOW", 1).put("RED", 2).put("NONE", 1);
        return round;
    }

    public static MonitoringRound read(ObjectNode round) {
        try {
            return SeedScorecards.JSON.treeToValue(round, MonitoringRound.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The round in a CloudEvents envelope, keyed as scoring-service's outbox keys it. */
    public static ConsumerRecord<String, String> event(ObjectNode round, long offset) {
        String department = round.path("departmentCode").asText();
        ObjectNode envelope = SeedScorecards.JSON.createObjectNode().put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString()).put("source", "/scoring-service").put("type", TYPE)
                .put("dataschema", SCHEMA).put("subject", department + "/2023/monitoring/" + round.path("asOf").asText())
                .put("time", OffsetDateTime.now().toString()).put("datacontenttype", "application/json");
        envelope.set("data", round.deepCopy());
        return new ConsumerRecord<>("monitoring-events", 0, offset, department + ":2023", envelope.toString());
    }

    private static void department(ObjectNode department) {
        department.put("budget", decimal("21755.05")).put("executed", decimal("10240.50"))
                .put("ratePercent", decimal("47.07")).put("expectedPercent", decimal("58.33"))
                .put("behindPoints", decimal("11.26")).put("light", "RED");
        department.putObject("deviation").put("reason", "FUNDING").put("reasonLabel", "经费保障")
                .put("text", "项目资金下达较晚");
        department.putArray("measures").addObject().put("measure", "加快项目支付进度").put("owner", "财务科 张三")
                .put("dueDate", "2023-09-30");
    }

    private static void month(ObjectNode month, int number, String budget, String executed, String rate,
            String expected) {
        month.put("month", number).put("budget", decimal(budget)).put("executed", decimal(executed))
                .put("ratePercent", decimal(rate)).put("expectedPercent", decimal(expected));
    }

    private static void projects(ArrayNode projects) {
        projects.addObject().put("code", "P2023-02").put("name", "信息系统运维").put("budget", decimal("800.00"))
                .put("executed", decimal("480.00")).put("throughMonth", 7).put("ratePercent", decimal("60.00"))
                .put("expectedPercent", decimal("58.33")).put("behindPoints", decimal("-1.67")).put("light", "GREEN")
                .put("lagging", false).putNull("deviation").putArray("measures");
        projects.addObject().put("code", "P2023-01").put("name", "公共租赁住房建设资金")
                .put("budget", decimal("3742.11")).put("executed", decimal("1200.00")).put("throughMonth", 7)
                .put("ratePercent", decimal("32.07")).put("expectedPercent", decimal("58.33"))
                .put("behindPoints", decimal("26.26")).put("light", "RED").put("lagging", true).putNull("deviation")
                .putArray("measures");
    }

    private static void indicators(ArrayNode indicators) {
        ObjectNode loans = indicators.addObject().put("indicatorId", "5f0c6c1e-2b7a-4f55-9d7e-0c6a4b1d2e3f")
                .put("ordinal", 2).put("level1", "OUTPUT").put("level1Name", "产出指标").put("level2", "数量指标")
                .put("name", "年度住房公积金贷款发放笔数").put("comparator", "GE").put("target", "≥4.48万笔")
                .put("progressPercent", decimal("46.88")).put("expectedPercent", decimal("58.33"))
                .put("behindPoints", decimal("11.45")).put("judgement", "MAY_MEET").put("judgementLabel", "可能完成")
                .put("light", "YELLOW");
        loans.putObject("progress").put("asOf", "2023-06-30").put("text", "2.10万笔");
        loans.putObject("forecast").put("text", "3.60万笔").put("source", "COMPUTED");
        loans.putObject("deviation").put("reason", "OTHER").put("reasonLabel", "其他").put("text", "上半年房地产市场低迷");
        loans.putArray("measures");
        ObjectNode satisfaction = indicators.addObject().put("indicatorId", "9a1b2c3d-0000-4000-8000-000000000001")
                .put("ordinal", 1).put("level1", "SATISFACTION").put("level1Name", "满意度指标")
                .put("level2", "服务对象满意度指标").put("name", "业务大厅服务评价好评率").put("comparator", "GE")
                .put("target", "≥90%").put("progressPercent", decimal("111.00")).put("expectedPercent", decimal("100"))
                .put("behindPoints", decimal("-11.00")).put("judgement", "WILL_MEET").put("judgementLabel", "能完成")
                .put("light", "GREEN").putNull("deviation");
        satisfaction.putObject("progress").put("asOf", "2023-07-31").put("text", "99.90%");
        satisfaction.putObject("forecast").put("text", "99.90%").put("source", "COMPUTED");
        satisfaction.putArray("measures");
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
