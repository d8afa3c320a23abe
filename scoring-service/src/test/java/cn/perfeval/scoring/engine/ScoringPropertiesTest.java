package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.facts.RecordFact;
import cn.perfeval.scoring.engine.scheme.CompiledScheme;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeValidator;
import cn.perfeval.scoring.engine.scorecard.Deduction;
import cn.perfeval.scoring.engine.scorecard.DimensionScore;
import cn.perfeval.scoring.engine.scorecard.Grade;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the engine over random fact sets for the Guangzhou scheme. Each property runs over
 * the same fixed seeds, so a failure is reproducible; the failing seed is in the message.
 */
class ScoringPropertiesTest {

    private static final int TRIES = 300;

    private final Scheme scheme = TestSchemes.guangzhou();
    private final CompiledScheme compiled = SchemeValidator.compile(scheme);

    /** Runs {@code property} for every seed with a fresh random fact set. */
    private void forAllFacts(BiConsumer<RandomFacts, Facts> property) {
        for (long seed = 1; seed <= TRIES; seed++) {
            RandomFacts generator = new RandomFacts(seed, scheme);
            Facts facts = generator.next();
            try {
                property.accept(generator, facts);
            } catch (AssertionError e) {
                throw new AssertionError("property fails for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void everyItemStaysBetweenZeroAndItsMax() {
        forAllFacts((generator, facts) -> {
            for (ItemScore item : ScoringEngine.score(compiled, facts).items()) {
                assertThat(item.score()).as(item.code()).isBetween(BigDecimal.ZERO, item.max());
                assertThat(item.score().scale()).as(item.code()).isEqualTo(2);
            }
        });
    }

    @Test
    void dimensionsAndTotalAreSumsOfTheRoundedItems() {
        forAllFacts((generator, facts) -> {
            Scorecard scorecard = ScoringEngine.score(compiled, facts);
            assertThat(scorecard.total())
                    .isEqualByComparingTo(sum(scorecard.items().stream().map(ItemScore::score).toList()));
            for (DimensionScore dimension : scorecard.dimensions()) {
                assertThat(dimension.score()).as(dimension.code()).isEqualByComparingTo(sum(scorecard.items().stream()
                        .filter(item -> item.dimension().equals(dimension.code())).map(ItemScore::score).toList()));
            }
            assertThat(scorecard.grade()).isEqualTo(Grade.of(scorecard.total()));
            assertThat(scorecard.complete()).isEqualTo(scorecard.items().stream().allMatch(ItemScore::complete));
        });
    }

    @Test
    void theLedgerOfACompleteItemAddsUpToThePointsItLost() {
        forAllFacts((generator, facts) -> {
            for (ItemScore item : ScoringEngine.score(compiled, facts).items()) {
                BigDecimal deducted = sum(item.deductions().stream().map(Deduction::points).toList());
                BigDecimal lost = item.max().subtract(item.score());
                if (item.complete()) {
                    assertThat(deducted).as(item.code()).isEqualByComparingTo(lost);
                } else {
                    assertThat(deducted).as(item.code()).isLessThanOrEqualTo(lost);
                }
            }
        });
    }

    @Test
    void theOrderOfIndicatorsAndRecordsDoesNotMatter() {
        forAllFacts((generator, facts) -> {
            List<IndicatorFact> indicators = new ArrayList<>(facts.indicators());
            Collections.shuffle(indicators, generator.random());
            Map<String, List<RecordFact>> recordSets = new LinkedHashMap<>();
            facts.recordSets().forEach((key, records) -> {
                List<RecordFact> shuffled = new ArrayList<>(records);
                Collections.shuffle(shuffled, generator.random());
                recordSets.put(key, shuffled);
            });
            Facts reordered = new Facts(facts.departmentCode(), facts.fiscalYear(), indicators, facts.numbers(),
                    recordSets, facts.judgements());

            assertThat(ScoringEngine.score(compiled, reordered)).isEqualTo(ScoringEngine.score(compiled, facts));
        });
    }

    @Test
    void improvingAnActualNeverLowersTheScore() {
        forAllFacts((generator, facts) -> {
            List<IndicatorFact> improvable = facts.indicators().stream()
                    .filter(indicator -> indicator.actual() != null
                            && (indicator.comparator().higherIsBetter() || indicator.comparator().lowerIsBetter()))
                    .toList();
            if (improvable.isEmpty()) {
                return;
            }
            IndicatorFact chosen = improvable.get(generator.random().nextInt(improvable.size()));
            BigDecimal step = generator.between(BigDecimal.ZERO, new BigDecimal("100"));
            BigDecimal better = chosen.comparator().higherIsBetter() ? chosen.actual().add(step) : chosen.actual().subtract(step);
            List<IndicatorFact> indicators = new ArrayList<>(facts.indicators());
            indicators.set(indicators.indexOf(chosen), new IndicatorFact(chosen.id(), chosen.version() + 1, chosen.kind(),
                    chosen.level2(), chosen.name(), chosen.comparator(), chosen.target(), better, chosen.weight(),
                    chosen.qualitativeShare(), chosen.grade()));

            Scorecard before = ScoringEngine.score(compiled, facts);
            Scorecard after = ScoringEngine.score(compiled, new Facts(facts.departmentCode(), facts.fiscalYear(),
                    indicators, facts.numbers(), facts.recordSets(), facts.judgements()));

            assertThat(after.total()).as("%s %s %s → %s", chosen.comparator(), chosen.target(), chosen.actual(), better)
                    .isGreaterThanOrEqualTo(before.total());
        });
    }

    @Test
    void raisingTheExecutionRateNeverLowersTheScore() {
        String key = FactCatalog.AVERAGE_EXECUTION_RATE;
        forAllFacts((generator, facts) -> {
            NumberFact rate = facts.numbers().get(key);
            if (rate == null) {
                return;
            }
            Map<String, NumberFact> numbers = new LinkedHashMap<>(facts.numbers());
            numbers.put(key, new NumberFact(key, rate.value().add(generator.between(BigDecimal.ZERO, BigDecimal.TEN)),
                    rate.source()));

            Scorecard before = ScoringEngine.score(compiled, facts);
            Scorecard after = ScoringEngine.score(compiled, new Facts(facts.departmentCode(), facts.fiscalYear(),
                    facts.indicators(), numbers, facts.recordSets(), facts.judgements()));

            assertThat(after.item("budget-spending-rate").score())
                    .isGreaterThanOrEqualTo(before.item("budget-spending-rate").score());
        });
    }

    @Test
    void generatedFactsCoverTheEdges() {
        // Guards the generator itself: the properties above are only as good as what it produces.
        List<Facts> all = new ArrayList<>();
        for (long seed = 1; seed <= TRIES; seed++) {
            all.add(new RandomFacts(seed, scheme).next());
        }
        List<IndicatorFact> indicators = all.stream().flatMap(facts -> facts.indicators().stream()).toList();

        assertThat(indicators).anyMatch(i -> i.actual() == null && i.comparator() != Comparator.QUALITATIVE);
        assertThat(indicators).anyMatch(i -> i.actual() != null && i.actual().signum() < 0);
        assertThat(indicators).anyMatch(i -> i.target() != null && i.target().signum() == 0);
        assertThat(indicators).anyMatch(i -> i.comparator() == Comparator.GT && i.actual() != null
                && i.actual().compareTo(i.target()) == 0);
        assertThat(indicators).anyMatch(i -> i.comparator() == Comparator.LE && i.actual() != null
                && i.actual().compareTo(i.target().multiply(BigDecimal.valueOf(2))) == 0);
        assertThat(all).anyMatch(facts -> !ScoringEngine.score(compiled, facts).complete());
        assertThat(all).anyMatch(facts -> ScoringEngine.score(compiled, facts).complete());
    }
}
