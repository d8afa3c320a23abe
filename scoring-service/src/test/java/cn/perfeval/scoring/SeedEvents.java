package cn.perfeval.scoring;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.QualitativeGrade;
import cn.perfeval.testinfra.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the seed's facts to Kafka exactly as the indicator and budget services do (CloudEvents JSON, key
 * department:year, their payload shapes), so the scoring service is exercised through its real consumers.
 */
public final class SeedEvents implements AutoCloseable {

    public static final String INDICATOR_CHANGED = "cn.perfeval.indicator.indicator.changed";
    public static final String INDICATOR_SCHEMA = "/schemas/indicator-v1.json";
    public static final String DEPARTMENT_CHANGED = "cn.perfeval.indicator.department.changed";
    public static final String DEPARTMENT_SCHEMA = "/schemas/department-v1.json";
    public static final String EVALUATION_CHANGED = "cn.perfeval.indicator.evaluation.changed";
    public static final String EVALUATION_SCHEMA = "/schemas/evaluation-v1.json";
    public static final String BUDGET_FACTS_CHANGED = "cn.perfeval.budget.scoring-facts.changed";
    public static final String BUDGET_FACTS_SCHEMA = "/schemas/budget-scoring-facts-v1.json";
    public static final String PROCUREMENT_FACTS_CHANGED = "cn.perfeval.budget.procurement-facts.changed";
    public static final String PROCUREMENT_FACTS_SCHEMA = "/schemas/procurement-facts-v1.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String REPORTED_AT = "2024-01-31T08:00:00Z";

    private final String department;
    private final int year;
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    private String correlationId;

    public SeedEvents(String department, int year) {
        this.department = department;
        this.year = year;
    }

    public String department() {
        return department;
    }

    /** Events sent from now on carry this correlation id, as the outbox relay sends a request's id along. */
    public SeedEvents correlatedBy(String id) {
        this.correlationId = id;
        return this;
    }

    public static String reviewerToken() {
        return TestInfrastructure.tokens().token("reviewer", Set.of("bureau-reviewer"), Set.of());
    }

    /** The department's staff, who self-assess its judgement items and answer the reviewer's comments. */
    public static String editorToken(String department) {
        return TestInfrastructure.tokens().token("editor", Set.of("department-editor"), Set.of(department));
    }

    /** Every fact of the seed case, each event at version 1: what the producers announce for a new evaluation. */
    public void wholeSeed() {
        department(1);
        goals(1);
        indicators(1);
        budgetFacts(GuangzhouSeed.facts(), 1);
        procurementFacts(GuangzhouSeed.facts(), 1);
    }

    /** The department's name and functions, as indicator-service announces them for this year. */
    public void department(long version) {
        send("indicator-events", DEPARTMENT_CHANGED, DEPARTMENT_SCHEMA, departmentData(department, year, version));
    }

    /** The evaluation's goals and key tasks, as indicator-service announces them. */
    public void goals(long version) {
        send("indicator-events", EVALUATION_CHANGED, EVALUATION_SCHEMA, evaluationData(department, year, version));
    }

    /** The eleven indicators of tables 1 and 2, each as an indicator-service event. */
    public void indicators(long version) {
        for (ObjectNode data : indicatorData(department, year, version)) {
            send("indicator-events", INDICATOR_CHANGED, INDICATOR_SCHEMA, data);
        }
    }

    /** One qualitative output indicator (a grade, no numbers) as indicator-service announces it. */
    public void qualitativeIndicator(String id, QualitativeGrade grade, BigDecimal share, long version) {
        send("indicator-events", INDICATOR_CHANGED, INDICATOR_SCHEMA, qualitativeData(department, year, id, grade, share, version));
    }

    /** The budget and asset facts, as budget-service's scoring-facts snapshot. */
    public void budgetFacts(Facts facts, long version) {
        send("budget-events", BUDGET_FACTS_CHANGED, BUDGET_FACTS_SCHEMA, budgetData(department, year, facts, version));
    }

    /** The procurement facts, as budget-service's procurement-facts snapshot. */
    public void procurementFacts(Facts facts, long version) {
        send("procurement-events", PROCUREMENT_FACTS_CHANGED, PROCUREMENT_FACTS_SCHEMA,
                procurementData(department, year, facts, version));
    }

    /**
     * The data of the eleven indicator events, in the full shape indicator-service publishes
     * (indicator-service's /schemas/indicator-v1.json): targets and actuals as bare numbers in the report's units.
     */
    public static List<ObjectNode> indicatorData(String department, int year, long version) {
        List<ObjectNode> indicators = new ArrayList<>();
        for (IndicatorFact indicator : GuangzhouSeed.indicators()) {
            // indicator-service names indicators by UUID; derived from the seed's code, a re-sent one is the same
            String id = UUID.nameUUIDFromBytes((department + ":" + year + "/" + indicator.id())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            ObjectNode data = FactPayloads.base(department, year, id, version);
            data.put("ordinal", indicators.size() + 1);
            data.put("level1", indicator.kind().name());
            data.put("level1Name", indicator.kind().label());
            data.put("level2", indicator.level2());
            data.put("name", indicator.name());
            data.put("comparator", indicator.comparator().name());
            data.putNull("periodTarget");
            data.set("annualTarget", writtenNumber(indicator.target()));
            data.set("actual", writtenNumber(indicator.actual()));
            data.put("weight", indicator.weight());
            data.putNull("calculationNote");
            data.putNull("qualitativeGrade");
            data.putNull("qualitativeShare");
            data.set("completion", metCompletion(indicator));
            data.putObject("evidence").put("document", "2023年度部门整体支出绩效自评报告").putNull("url")
                    .put("reportedBy", "seed").put("reportedAt", REPORTED_AT);
            data.putArray("progress");
            data.put("updatedAt", REPORTED_AT);
            indicators.add(data);
        }
        return indicators;
    }

    /**
     * The data of a qualitative indicator event, graded {@code grade} at {@code share} by the department (both
     * {@code null}: not yet graded), in the shape of indicator-service's /schemas/indicator-v1.json.
     */
    public static ObjectNode qualitativeData(String department, int year, String id, QualitativeGrade grade,
            BigDecimal share, long version) {
        ObjectNode data = FactPayloads.base(department, year, id, version);
        data.put("ordinal", 99).put("level1", "OUTPUT").put("level1Name", "产出指标").put("level2", "质量指标")
                .put("name", "服务规范化水平").put("comparator", "QUALITATIVE").putNull("periodTarget");
        data.putObject("annualTarget").put("text", "显著提升").putNull("value").putNull("unit");
        data.putObject("actual").put("text", "明显提升").putNull("value").putNull("unit");
        data.putNull("weight").putNull("calculationNote");
        data.put("qualitativeGrade", grade == null ? null : grade.name()).put("qualitativeShare", share);
        ObjectNode completion = data.putObject("completion").put("status", grade == null ? "MISSING" : "MET");
        completion.putNull("ratePercent").put("creditShare", share).putArray("notes");
        data.putObject("evidence").put("document", "服务规范化自查报告").putNull("url")
                .put("reportedBy", "editor").put("reportedAt", REPORTED_AT);
        data.putArray("progress");
        data.put("updatedAt", REPORTED_AT);
        return data;
    }

    /** The data of a department event (indicator-service's /schemas/department-v1.json): the seed's 部门职能, shortened. */
    public static ObjectNode departmentData(String department, int year, long version) {
        return FactPayloads.base(department, year, department + ":" + year, version).put("code", department)
                .put("name", "广州住房公积金管理中心")
                .put("functions", "负责广州地区及广东省铁路系统住房公积金的管理和运作。");
    }

    /** The data of an evaluation event (indicator-service's /schemas/evaluation-v1.json): the seed's goals, shortened. */
    public static ObjectNode evaluationData(String department, int year, long version) {
        ObjectNode data = FactPayloads.base(department, year, department + ":" + year, version)
                .put("overallGoal", "推动广州住房公积金管理事业高质量发展。");
        data.putArray("keyTasks").addObject().put("ordinal", 1).put("task", "坚守“租购并举”，推动业务工作高质量发展")
                .put("goal", "各项业务指标平稳增长。");
        data.put("updatedAt", REPORTED_AT);
        return data;
    }

    /** The data of budget-service's scoring-facts snapshot (its /schemas/budget-scoring-facts-v1.json). */
    public static ObjectNode budgetData(String department, int year, Facts facts, long version) {
        ObjectNode data = FactPayloads.snapshot(FactPayloads.base(department, year, department + ":" + year, version), facts,
                FactPayloads.PROCUREMENT.negate());
        data.putObject("summary").put("unit", "万元").put("annualBudget", new BigDecimal("21755.05"));
        return data;
    }

    /** The data of budget-service's procurement-facts snapshot (its /schemas/procurement-facts-v1.json). */
    public static ObjectNode procurementData(String department, int year, Facts facts, long version) {
        return FactPayloads.snapshot(FactPayloads.base(department, year, department + ":" + year, version), facts,
                FactPayloads.PROCUREMENT);
    }

    public void raw(String topic, String value) {
        producer.flush();
        try {
            producer.send(new ProducerRecord<>(topic, department + ":" + year, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode writtenNumber(BigDecimal value) {
        return JSON.createObjectNode().put("text", value.toPlainString()).put("value", value).put("unit", "");
    }

    /** 完成情况 as indicator-service reports it: every seed indicator is higher-is-better and met (tables 1 and 2). */
    private static ObjectNode metCompletion(IndicatorFact indicator) {
        if (!indicator.comparator().higherIsBetter() || indicator.actual().compareTo(indicator.target()) < 0) {
            throw new IllegalStateException(indicator.id() + " is not a met higher-is-better indicator");
        }
        ObjectNode completion = JSON.createObjectNode().put("status", "MET")
                .put("ratePercent", indicator.actual().multiply(HUNDRED).divide(indicator.target(), 2, RoundingMode.HALF_UP))
                .put("creditShare", BigDecimal.ONE);
        completion.putArray("notes");
        return completion;
    }

    /** Any event, as its producer would send it: a CloudEvents envelope around {@code data}, keyed department:year. */
    public void send(String topic, String type, String dataschema, ObjectNode data) {
        sendValue(topic, envelope(type, dataschema, data));
    }

    /** The CloudEvents document a producer would send for {@code data}, with a new event id. */
    public String envelope(String type, String dataschema, ObjectNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "/seed-test")
                .put("type", type).put("time", OffsetDateTime.now().toString()).put("datacontenttype", "application/json")
                .put("dataschema", dataschema);
        envelope.set("data", data);
        return envelope.toString();
    }

    /** Sends a record value as it is (an envelope sent again, or poison), keyed department:year. */
    public void sendValue(String topic, String value) {
        // asynchronous: a burst is sent as fast as the producer goes; order per key is kept, close() flushes
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, department + ":" + year, value);
        if (correlationId != null) {
            record.headers().add(Correlation.KAFKA_HEADER, correlationId.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record);
    }

    /** Waits until everything sent so far is on the broker. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
