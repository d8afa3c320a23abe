package cn.perfeval.scoring.monitoring;

import cn.perfeval.scoring.SeedEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The facts a monitoring round reads, sent as their producers send them: indicators with progress
 * (indicator-service's /schemas/indicator-v1.json) and the execution pace (budget-service's event, docs/monitoring.md).
 */
final class MonitoringEvents {

    static final int YEAR = 2023;
    static final String PACE_CHANGED = "cn.perfeval.budget.execution-pace.changed";
    static final String PACE_SCHEMA = "/schemas/budget-execution-pace-v1.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "2023-08-01T08:00:00Z";

    private MonitoringEvents() {
    }

    static String id(String dept, String name) {
        return UUID.nameUUIDFromBytes((dept + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Three indicators: loans ≥4.48万笔 with 2.10万笔 at 30 June, collection ≥95% with 92% at 31 July, and the
     * qualitative 服务规范化水平 without progress; and the execution pace (version 1).
     */
    static void seed(String dept) {
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.send("indicator-events", SeedEvents.INDICATOR_CHANGED, SeedEvents.INDICATOR_SCHEMA, loans(dept));
            events.send("indicator-events", SeedEvents.INDICATOR_CHANGED, SeedEvents.INDICATOR_SCHEMA, collection(dept));
            events.send("indicator-events", SeedEvents.INDICATOR_CHANGED, SeedEvents.INDICATOR_SCHEMA,
                    SeedEvents.qualitativeData(dept, YEAR, id(dept, "service"), null, null, 1));
            events.send("budget-events", PACE_CHANGED, PACE_SCHEMA, pace(dept, 1, false));
        }
    }

    /** A new version of the pace: with {@code lateJuly}, 2800.00 more spent on 28 July. */
    static void sendPace(String dept, long version, boolean lateJuly) {
        try (SeedEvents events = new SeedEvents(dept, YEAR)) {
            events.send("budget-events", PACE_CHANGED, PACE_SCHEMA, pace(dept, version, lateJuly));
        }
    }

    static ObjectNode loans(String dept) {
        ObjectNode data = indicator(dept, "loans", 1, "年度住房公积金贷款发放笔数", "GE", "≥4.48万笔", "44800", "笔");
        progress(data, "2023-06-30", "2.10万笔", "21000");
        return data;
    }

    static ObjectNode collection(String dept) {
        ObjectNode data = indicator(dept, "collection", 2, "住房公积金归集率", "GE", "≥95%", "95", "%");
        progress(data, "2023-07-31", "92%", "92");
        return data;
    }

    /** Budget 21443.80 + 311.25 from 30 June; 738.18 spent on 25 January, 9502.32 on 20 July; one project. */
    static ObjectNode pace(String dept, long version, boolean lateJuly) {
        ObjectNode data = JSON.createObjectNode().put("id", dept + ":" + YEAR).put("departmentCode", dept)
                .put("fiscalYear", YEAR).put("version", version);
        ArrayNode budget = data.putArray("budgetChanges");
        budget.addObject().putNull("date").put("amount", new BigDecimal("21443.80")).put("source", "APPROPRIATION");
        budget.addObject().put("date", "2023-06-30").put("amount", new BigDecimal("311.25")).put("source", "ADJUSTMENT");
        ArrayNode spending = data.putArray("dailySpending");
        spending.addObject().put("date", "2023-01-25").put("amount", new BigDecimal("738.18"));
        spending.addObject().put("date", "2023-07-20").put("amount", new BigDecimal("9502.32"));
        if (lateJuly) {
            spending.addObject().put("date", "2023-07-28").put("amount", new BigDecimal("2800.00"));
        }
        ObjectNode project = data.putArray("projects").addObject().put("code", "P2023-01").put("name", "公共租赁住房建设资金")
                .put("budget", new BigDecimal("3742.11"));
        ArrayNode months = project.putArray("monthlySpending");
        for (String amount : new String[] {"0", "100", "200", "300", "200", "200", "200", "0", "0", "0", "0", "0"}) {
            months.add(new BigDecimal(amount));
        }
        data.putArray("notifiedRates").addObject().put("month", 6).put("ratePercent", new BigDecimal("45.10"));
        data.put("lastSpendingDate", lateJuly ? "2023-07-28" : "2023-07-20");
        return data;
    }

    private static ObjectNode indicator(String dept, String name, int ordinal, String title, String comparator,
            String target, String value, String unit) {
        ObjectNode data = JSON.createObjectNode().put("id", id(dept, name)).put("departmentCode", dept)
                .put("fiscalYear", YEAR).put("version", 1).put("ordinal", ordinal).put("level1", "OUTPUT")
                .put("level1Name", "产出指标").put("level2", "数量指标").put("name", title).put("comparator", comparator)
                .putNull("periodTarget");
        data.putObject("annualTarget").put("text", target).put("value", new BigDecimal(value)).put("unit", unit);
        data.putNull("actual").putNull("weight").putNull("calculationNote").putNull("qualitativeGrade")
                .putNull("qualitativeShare");
        data.putObject("completion").put("status", "MISSING").putNull("ratePercent").putNull("creditShare")
                .putArray("notes");
        data.putObject("evidence").putNull("document").putNull("url").putNull("reportedBy").putNull("reportedAt");
        data.putArray("progress");
        data.put("updatedAt", AT);
        return data;
    }

    private static void progress(ObjectNode indicator, String asOf, String text, String value) {
        ((ArrayNode) indicator.get("progress")).addObject().put("asOf", asOf).put("text", text)
                .put("value", new BigDecimal(value)).put("unit", indicator.path("annualTarget").path("unit").asText())
                .putNull("note").put("reportedBy", "editor");
    }
}
