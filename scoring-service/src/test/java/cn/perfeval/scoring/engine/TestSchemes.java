package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeDimension;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import cn.perfeval.scoring.engine.scheme.SchemeParser;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.engine.scorecard.Scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Schemes for tests: the shipped Guangzhou scheme, and one-item schemes to exercise a single rule. */
final class TestSchemes {

    static final String ITEM = "item-under-test";
    private static final String FILLER = "filler";

    private TestSchemes() {
    }

    static String guangzhouDocument() {
        try (InputStream in = TestSchemes.class.getResourceAsStream("/schemes/guangzhou-2023.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scheme guangzhou() {
        return SchemeParser.parse(guangzhouDocument());
    }

    /**
     * A valid scheme whose only scored item is {@link #ITEM} with the given rule; a judgement item
     * fills the dimension up to 100 and stays unjudged.
     */
    static Scheme singleItem(String rule, String max, Map<String, Object> params) {
        BigDecimal itemMax = new BigDecimal(max);
        return new Scheme("test", "1", "test scheme", List.of(new SchemeDimension("d", "维度", new BigDecimal("100"))),
                List.of(new SchemeItem(ITEM, "被测指标", "d", null, itemMax, rule, params, null, null),
                        new SchemeItem(FILLER, "填充", "d", null, new BigDecimal("100").subtract(itemMax), "judgement",
                                Map.of(), null, null)));
    }

    static ItemScore scoreItem(Scheme scheme, Facts facts) {
        Scorecard scorecard = ScoringEngine.score(scheme, facts);
        return scorecard.item(ITEM);
    }
}
