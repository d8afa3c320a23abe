package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.scheme.InvalidSchemeException;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import cn.perfeval.scoring.engine.scheme.SchemeProblem;
import cn.perfeval.scoring.engine.scheme.SchemeValidator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A scheme that cannot be scored is rejected with problems naming the item, dimension or parameter. */
class SchemeValidatorTest {

    private final Scheme guangzhou = TestSchemes.guangzhou();

    /** The Guangzhou scheme with one item changed. */
    private Scheme withItem(String code, UnaryOperator<SchemeItem> change) {
        List<SchemeItem> items = new ArrayList<>();
        for (SchemeItem item : guangzhou.items()) {
            items.add(item.code().equals(code) ? change.apply(item) : item);
        }
        return new Scheme(guangzhou.id(), guangzhou.version(), guangzhou.name(), guangzhou.dimensions(), items);
    }

    private static SchemeItem withMax(SchemeItem item, String max) {
        return new SchemeItem(item.code(), item.name(), item.dimension(), item.category(), new BigDecimal(max), item.rule(),
                item.params(), item.description(), item.assumptions());
    }

    private static SchemeItem withRule(SchemeItem item, String rule, Map<String, Object> params) {
        return new SchemeItem(item.code(), item.name(), item.dimension(), item.category(), item.max(), rule, params,
                item.description(), item.assumptions());
    }

    private static Map<String, Object> with(Map<String, Object> params, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(params);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }

    @Test
    void itemsThatDoNotAddUpToTheirDimensionAreRejected() {
        Scheme scheme = withItem("fixed-asset-utilisation", item -> withMax(item, "1"));

        List<SchemeProblem> problems = SchemeValidator.validate(scheme);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).field()).isEqualTo("dimensions[management]");
        assertThat(problems.get(0).message()).contains("sum to 49", "not its max 50", "fixed-asset-utilisation 1");
        assertThatThrownBy(() -> ScoringEngine.score(scheme, GuangzhouSeed.facts()))
                .isInstanceOf(InvalidSchemeException.class)
                .hasMessageContaining("dimensions[management]");
    }

    @Test
    void dimensionsThatDoNotAddUpToOneHundredAreRejected() {
        Scheme scheme = new Scheme("s", "1", "n", List.of(new cn.perfeval.scoring.engine.scheme.SchemeDimension(
                "d", "维度", new BigDecimal("90"))), List.of(new SchemeItem("j", "判断", "d", null, new BigDecimal("90"),
                "judgement", Map.of(), null, null)));

        assertThat(SchemeValidator.validate(scheme)).extracting(SchemeProblem::field, SchemeProblem::itemCode)
                .containsExactly(tuple("dimensions", null));
    }

    @Test
    void anUnknownRuleIsRejected() {
        Scheme scheme = withItem("asset-inventory", item -> withRule(item, "best-effort", item.params()));

        assertThat(SchemeValidator.validate(scheme)).extracting(SchemeProblem::itemCode, SchemeProblem::field)
                .containsExactly(tuple("asset-inventory", "rule"));
    }

    @Test
    void badParametersAreRejectedOneByOne() {
        Scheme scheme = withItem("carry-over-rate", item -> withRule(item, "threshold",
                with(with(with(item.params(), "direction", null), "falloffWidth", new BigDecimal("-1")), "treshold",
                        BigDecimal.ONE)));

        assertThat(SchemeValidator.validate(scheme)).extracting(SchemeProblem::itemCode, SchemeProblem::field)
                .containsExactlyInAnyOrder(
                        tuple("carry-over-rate", "params.direction"),
                        tuple("carry-over-rate", "params.falloffWidth"),
                        tuple("carry-over-rate", "params.treshold"));
    }

    @Test
    void aParameterOfTheWrongTypeIsRejected() {
        Scheme scheme = withItem("procurement-compliance", item -> withRule(item, item.rule(),
                with(item.params(), "pointsPerViolation", "one")));

        assertThat(SchemeValidator.validate(scheme)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("params.pointsPerViolation");
                    assertThat(problem.message()).contains("must be a number");
                });
    }

    @Test
    void anUnknownFactKeyIsRejected() {
        Scheme scheme = withItem("budget-spending-rate", item -> withRule(item, item.rule(),
                with(item.params(), "fact", "budget.averageExecutionRat")));

        assertThat(SchemeValidator.validate(scheme)).singleElement().satisfies(problem -> {
            assertThat(problem.itemCode()).isEqualTo("budget-spending-rate");
            assertThat(problem.field()).isEqualTo("params.fact");
            assertThat(problem.message()).contains("unknown fact key budget.averageExecutionRat");
        });
    }

    @Test
    void aRecordSetReadAsANumberIsRejected() {
        Scheme scheme = withItem("budget-spending-rate", item -> withRule(item, item.rule(),
                with(item.params(), "fact", FactCatalog.CONTRACT_SIGNING)));

        assertThat(SchemeValidator.validate(scheme)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("RECORD_SET"));
    }

    @Test
    void indicatorsScoredByTwoItemsAreRejected() {
        Scheme scheme = withItem("benefit-indicators", item -> withRule(item, item.rule(),
                with(item.params(), "kinds", List.of("BENEFIT", "OUTPUT"))));

        assertThat(SchemeValidator.validate(scheme)).singleElement().satisfies(problem -> {
            assertThat(problem.itemCode()).isEqualTo("benefit-indicators");
            assertThat(problem.message()).contains("OUTPUT", "output-indicators");
        });
    }

    @Test
    void duplicateCodesUnknownDimensionsAndFractionalCentsAreRejected() {
        Scheme duplicate = withItem("asset-inventory", item -> new SchemeItem("asset-data-quality", item.name(),
                item.dimension(), item.category(), item.max(), item.rule(), item.params(), null, null));
        Scheme unknownDimension = withItem("asset-inventory", item -> new SchemeItem(item.code(), item.name(),
                "efficiency", item.category(), item.max(), item.rule(), item.params(), null, null));
        Scheme fractionalCents = withItem("asset-inventory", item -> withMax(item, "1.005"));

        assertThat(SchemeValidator.validate(duplicate)).extracting(SchemeProblem::itemCode, SchemeProblem::field)
                .containsExactly(tuple("asset-data-quality", "code"));
        assertThat(SchemeValidator.validate(unknownDimension)).extracting(SchemeProblem::itemCode, SchemeProblem::field)
                .contains(tuple("asset-inventory", "dimension"));
        assertThat(SchemeValidator.validate(fractionalCents)).extracting(SchemeProblem::itemCode, SchemeProblem::field)
                .contains(tuple("asset-inventory", "max"));
    }
}
