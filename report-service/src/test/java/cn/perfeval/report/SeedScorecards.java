package cn.perfeval.report;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The seed's scorecard document (src/test/resources/scorecards/seed-2023.json): the figures of the 2023 report of
 * 广州住房公积金管理中心 as scoring-service publishes them, with two procurement deductions and the budget summary.
 */
public final class SeedScorecards {

    /** Reads decimals exactly, as the services' mappers do (platform's ExactDecimals): 46.00 stays 46.00. */
    public static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private SeedScorecards() {
    }

    /** A fresh, mutable copy of the document. */
    public static ObjectNode document() {
        try (InputStream in = SeedScorecards.class.getResourceAsStream("/scorecards/seed-2023.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScorecardSnapshot seed() {
        return read(document());
    }

    public static ScorecardSnapshot read(JsonNode document) {
        try {
            return JSON.treeToValue(document, ScorecardSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indicator with this id, to change its actual or completion. */
    public static ObjectNode indicator(ObjectNode document, String id) {
        for (JsonNode indicator : document.withArray("indicators")) {
            if (id.equals(indicator.path("id").asText())) {
                return (ObjectNode) indicator;
            }
        }
        throw new IllegalArgumentException("no indicator " + id);
    }

    public static ObjectNode item(ObjectNode document, String code) {
        for (JsonNode item : document.withArray("items")) {
            if (code.equals(item.path("code").asText())) {
                return (ObjectNode) item;
            }
        }
        throw new IllegalArgumentException("no item " + code);
    }

    /**
     * The seed rescored after 实缴人数 fell to 520万人 (98.11%): the output item loses 0.24 points, so 履职效能 is
     * 49.30 and the total 95.30. The report takes these figures as given; only that they changed matters here.
     */
    public static ObjectNode withLowerContributors(ObjectNode document) {
        ObjectNode indicator = indicator(document, "OUT-02");
        indicator.putObject("actual").put("text", "520万人");
        ((ObjectNode) indicator.get("completion")).put("status", "NOT_MET").put("ratePercent", new BigDecimal("98.11"));
        ObjectNode output = item(document, "output-indicators");
        output.put("score", new BigDecimal("19.76"));
        output.putArray("deductions").addObject().put("recordId", "OUT-02").put("points", new BigDecimal("0.24"))
                .put("reason", "当年广州住房公积金实缴人数完成 98.11%，未达到年度指标值");
        ((ObjectNode) document.withArray("dimensions").get(0)).put("score", new BigDecimal("49.30"));
        document.put("total", new BigDecimal("95.30"));
        document.put("version", document.path("version").asInt() + 1);
        return document;
    }
}
