package cn.perfeval.scoring.engine;

import static cn.perfeval.scoring.engine.FactsGenerators.decimal;
import static cn.perfeval.scoring.engine.FactsGenerators.reordered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.Generate.range;

import cn.perfeval.scoring.FactPayloads;
import cn.perfeval.scoring.engine.facts.Comparator;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.Reviews;
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
import cn.perfeval.scoring.judgement.Judgement;
import cn.perfeval.scoring.projection.FactRecord;
import cn.perfeval.scoring.projection.FactsAssembler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Properties of the engine over generated fact sets for the Guangzhou scheme, checked with QuickTheories: each runs
 * {@value #EXAMPLES} examples from a fresh seed, and a failure reports the smallest falsifying fact set the library
 * shrank it to and the seed (rerun with {@code -DQT_SEED=<seed>}).
 */
class ScoringPropertiesTest {

    private static final int EXAMPLES = 500;

    private final Scheme scheme = TestSchemes.guangzhou();
    private final CompiledScheme compiled = SchemeValidator.compile(scheme);
    private final Gen<Facts> facts = FactsGenerators.facts(scheme);

    private static QuickTheory qt() {
        return QuickTheory.qt().withExamples(EXAMPLES);
    }

    private Scorecard score(Facts facts) {
        return ScoringEngine.score(compiled, facts);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void everyItemStaysBetweenZeroAndItsMax() {
        qt().forAll(facts).checkAssert(facts -> {
            for (ItemScore item : score(facts).items()) {
                assertThat(item.score()).as(item.code()).isBetween(BigDecimal.ZERO, item.max());
                assertThat(item.score().scale()).as(item.code()).isEqualTo(2);
            }
        });
    }

    @Test
    void dimensionsAndTotalAreSumsOfTheRoundedItems() {
        qt().forAll(facts).checkAssert(facts -> {
            Scorecard scorecard = score(facts);
            assertThat(scorecard.total()).as("total")
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
        qt().forAll(facts).checkAssert(facts -> {
            for (ItemScore item : score(facts).items()) {
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
    void improvingAnActualNeverLowersTheScore() {
        qt().forAll(facts, range(0, 99), decimal(BigDecimal.ZERO, new BigDecimal("100"))).checkAssert((facts, pick, step) -> {
            List<IndicatorFact> improvable = facts.indicators().stream()
                    .filter(indicator -> indicator.actual() != null
                            && (indicator.comparator().higherIsBetter() || indicator.comparator().lowerIsBetter()))
                    .toList();
            if (improvable.isEmpty()) {
                return;
            }
            IndicatorFact chosen = improvable.get(pick % improvable.size());
            BigDecimal better = chosen.comparator().higherIsBetter() ? chosen.actual().add(step) : chosen.actual().subtract(step);
            List<IndicatorFact> indicators = new ArrayList<>(facts.indicators());
            indicators.set(indicators.indexOf(chosen), new IndicatorFact(chosen.id(), chosen.version() + 1, chosen.kind(),
                    chosen.level2(), chosen.name(), chosen.comparator(), chosen.target(), better, chosen.weight(),
                    chosen.qualitativeShare(), chosen.grade()));

            Scorecard before = score(facts);
            Scorecard after = score(new Facts(facts.departmentCode(), facts.fiscalYear(), indicators, facts.numbers(),
                    facts.recordSets(), facts.judgements()));

            assertThat(after.total()).as("%s %s %s: %s → %s", chosen.id(), chosen.comparator(), chosen.target(),
                    chosen.actual(), better).isGreaterThanOrEqualTo(before.total());
        });
    }

    @Test
    void raisingTheExecutionRateNeverLowersTheScore() {
        String key = FactCatalog.AVERAGE_EXECUTION_RATE;
        qt().forAll(facts, decimal(BigDecimal.ZERO, BigDecimal.TEN)).checkAssert((facts, step) -> {
            NumberFact rate = facts.numbers().get(key);
            if (rate == null) {
                return;
            }
            Map<String, NumberFact> numbers = new LinkedHashMap<>(facts.numbers());
            numbers.put(key, new NumberFact(key, rate.value().add(step), rate.source()));

            Scorecard before = score(facts);
            Scorecard after = score(new Facts(facts.departmentCode(), facts.fiscalYear(), facts.indicators(), numbers,
                    facts.recordSets(), facts.judgements()));

            assertThat(after.item("budget-spending-rate").score())
                    .isGreaterThanOrEqualTo(before.item("budget-spending-rate").score());
        });
    }

    @Test
    void aRecordBecomingCompliantNeverLowersTheScore() {
        // What a what-if with corrected contract dates does: a late record becomes timely.
        qt().forAll(facts, range(0, 99)).checkAssert((facts, pick) -> {
            List<Map.Entry<String, RecordFact>> nonCompliant = new ArrayList<>();
            facts.recordSets().forEach((key, records) -> records.stream().filter(record -> !record.compliant())
                    .forEach(record -> nonCompliant.add(Map.entry(key, record))));
            if (nonCompliant.isEmpty()) {
                return;
            }
            Map.Entry<String, RecordFact> chosen = nonCompliant.get(pick % nonCompliant.size());
            RecordFact bad = chosen.getValue();
            Map<String, List<RecordFact>> recordSets = new LinkedHashMap<>(facts.recordSets());
            recordSets.put(chosen.getKey(), recordSets.get(chosen.getKey()).stream()
                    .map(record -> record == bad ? new RecordFact(bad.id(), bad.version() + 1, true, "now on time") : record)
                    .toList());

            Scorecard before = score(facts);
            Scorecard after = score(new Facts(facts.departmentCode(), facts.fiscalYear(), facts.indicators(),
                    facts.numbers(), recordSets, facts.judgements()));

            assertThat(after.total()).as("%s %s made compliant", chosen.getKey(), bad.id())
                    .isGreaterThanOrEqualTo(before.total());
        });
    }

    /**
     * One evaluation's facts, and the same facts as events delivered in some order, each record set and the
     * judgements in some order too.
     */
    private record Delivery(Facts original, Facts reordered, List<FactRecord> events, List<Judgement> judgements) {

        String describe() {
            return FactsGenerators.describe(reordered) + "\n  delivered as " + events.stream()
                    .map(event -> event.entityType() + " " + event.entityId()).toList()
                    + "\n  judgements in the order " + judgements.stream().map(judgement -> judgement.itemCode).toList();
        }
    }

    private Gen<Delivery> deliveries() {
        Gen<Delivery> deliveries = in -> {
            Facts original = facts.generate(in);
            Map<String, List<RecordFact>> recordSets = new LinkedHashMap<>();
            for (Map.Entry<String, List<RecordFact>> set : original.recordSets().entrySet()) {
                recordSets.put(set.getKey(), reordered(set.getValue()).generate(in));
            }
            Facts reordered = new Facts(original.departmentCode(), original.fiscalYear(),
                    reordered(original.indicators()).generate(in), original.numbers(), recordSets, original.judgements());
            return new Delivery(original, reordered, reordered(FactPayloads.records(reordered)).generate(in),
                    reordered(judgements(reordered)).generate(in));
        };
        return deliveries.describedAs(Delivery::describe);
    }

    @Test
    void theOrderInWhichFactsArriveDoesNotChangeTheScorecard() {
        // The projection hands the assembler its records and judgements in some order; whatever that order, the
        // scorecard is the one of the facts themselves.
        FactsAssembler assembler = new FactsAssembler();
        qt().forAll(deliveries()).checkAssert(delivery -> {
            Facts assembled = assembler.assemble(delivery.original().departmentCode(), delivery.original().fiscalYear(),
                    delivery.events(), delivery.judgements(), Reviews.NONE, List.of());
            assertThat(score(assembled)).isEqualTo(score(delivery.original()));
        });
    }

    @Test
    void generatedFactsCoverTheEdges() {
        // Guards the generator itself: the properties above are only as good as what it produces.
        List<Facts> sample = new ArrayList<>();
        qt().withFixedSeed(1).forAll(facts).checkAssert(sample::add);
        List<IndicatorFact> indicators = sample.stream().flatMap(facts -> facts.indicators().stream()).toList();

        assertThat(sample).isNotEmpty();
        assertThat(indicators.stream().anyMatch(i -> i.actual() == null && i.comparator() != Comparator.QUALITATIVE))
                .as("an unreported actual").isTrue();
        assertThat(indicators.stream().anyMatch(i -> i.actual() != null && i.actual().signum() < 0))
                .as("a negative actual").isTrue();
        assertThat(indicators.stream().anyMatch(i -> i.target() != null && i.target().signum() == 0))
                .as("a zero target").isTrue();
        assertThat(indicators.stream().anyMatch(i -> i.comparator() == Comparator.GT && i.actual() != null
                && i.actual().compareTo(i.target()) == 0)).as("a strict comparator exactly at its target").isTrue();
        assertThat(indicators.stream().anyMatch(i -> i.comparator() == Comparator.LE && i.actual() != null
                && i.actual().compareTo(i.target().multiply(BigDecimal.valueOf(2))) == 0))
                .as("a lower-is-better actual at twice its target").isTrue();
        assertThat(sample.stream().anyMatch(facts -> facts.recordSets().values().stream().anyMatch(List::isEmpty)))
                .as("an empty record set").isTrue();
        assertThat(sample.stream().anyMatch(facts -> facts.numbers().values().stream()
                .anyMatch(number -> number.value().compareTo(new BigDecimal("100")) > 0))).as("a rate above 100").isTrue();
        assertThat(sample.stream().anyMatch(facts -> !score(facts).complete())).as("an incomplete scorecard").isTrue();
        assertThat(sample.stream().anyMatch(facts -> score(facts).complete())).as("a complete scorecard").isTrue();
    }

    private static List<Judgement> judgements(Facts facts) {
        return facts.judgements().entrySet().stream().map(entry -> {
            Judgement judgement = new Judgement();
            judgement.departmentCode = facts.departmentCode();
            judgement.fiscalYear = facts.fiscalYear();
            judgement.itemCode = entry.getKey();
            judgement.points = entry.getValue().points();
            judgement.text = entry.getValue().text();
            judgement.evidenceDocument = entry.getValue().evidence();
            judgement.updatedBy = entry.getValue().reviewer();
            judgement.version = entry.getValue().version();
            return judgement;
        }).toList();
    }
}
