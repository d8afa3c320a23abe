package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.facts.InvalidFactException;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.SourceRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.perfeval.scoring.engine.FactsBuilder.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Facts that cannot be scored are refused when they are built, naming the field. */
class FactsTest {

    private static IndicatorFact indicator(String id, Comparator comparator, String target, String weight) {
        return new IndicatorFact(id, 1, IndicatorKind.OUTPUT, "数量指标", "指标", comparator,
                target == null ? null : new BigDecimal(target), BigDecimal.ONE,
                weight == null ? null : new BigDecimal(weight), null, null);
    }

    @Test
    void twoIndicatorsWithTheSameIdAreRefused() {
        assertThatThrownBy(() -> new Facts("D", 2023,
                List.of(indicator("A", Comparator.GE, "1", null), indicator("A", Comparator.GE, "2", null)),
                Map.of(), Map.of(), Map.of()))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageContaining("indicator A appears twice");
    }

    @Test
    void aRecordTwiceInOneSetIsRefused() {
        assertThatThrownBy(() -> new Facts("D", 2023, List.of(), Map.of(),
                Map.of("procurement.contracts.signing", List.of(ok("C1"), ok("C1"))), Map.of()))
                .isInstanceOf(InvalidFactException.class)
                .extracting(e -> ((InvalidFactException) e).field())
                .isEqualTo("recordSets[procurement.contracts.signing]");
    }

    @Test
    void aNumberMustBeFiledUnderItsOwnKey() {
        NumberFact rate = new NumberFact("budget.averageExecutionRate", new BigDecimal("95.40"), new SourceRef("x", "1", 1));

        assertThatThrownBy(() -> new Facts("D", 2023, List.of(), Map.of("budget.carryOverRate", rate), Map.of(), Map.of()))
                .isInstanceOf(InvalidFactException.class);
    }

    @Test
    void indicatorFieldsAreCheckedByName() {
        assertThatThrownBy(() -> indicator("A", Comparator.GE, null, null))
                .isInstanceOf(InvalidFactException.class).hasMessageContaining("indicators[A].target");
        assertThatThrownBy(() -> indicator("A", Comparator.LE, "-1", null))
                .isInstanceOf(InvalidFactException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> indicator("A", Comparator.GE, "1", "0"))
                .isInstanceOf(InvalidFactException.class).hasMessageContaining("indicators[A].weight");
        assertThat(indicator("Q", Comparator.QUALITATIVE, null, null).target()).isNull();
    }

    @Test
    void factsAreImmutableCopies() {
        List<IndicatorFact> indicators = new ArrayList<>(List.of(indicator("A", Comparator.GE, "1", null)));
        Facts facts = new Facts("D", 2023, indicators, null, null, null);
        indicators.add(indicator("B", Comparator.GE, "1", null));

        assertThat(facts.indicators()).hasSize(1);
        assertThat(facts.numbers()).isEmpty();
        assertThatThrownBy(() -> facts.indicators().add(indicator("C", Comparator.GE, "1", null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
