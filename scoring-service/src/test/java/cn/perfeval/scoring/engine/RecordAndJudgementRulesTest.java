package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.InvalidFactException;
import cn.perfeval.scoring.engine.facts.JudgementFact;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scorecard.Deduction;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.engine.scorecard.MissingInput;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static cn.perfeval.scoring.engine.FactsBuilder.bad;
import static cn.perfeval.scoring.engine.FactsBuilder.facts;
import static cn.perfeval.scoring.engine.FactsBuilder.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The record-set rules and judgement items. */
class RecordAndJudgementRulesTest {

    private static final String SIGNING = FactCatalog.CONTRACT_SIGNING;

    private static BigDecimal sum(ItemScore item) {
        return item.deductions().stream().map(Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Nested
    class AllOrNothing {

        private final Scheme scheme = TestSchemes.singleItem("all-or-nothing", "3", Map.of("recordSet", SIGNING));

        @Test
        void everyRecordCompliantEarnsFullPoints() {
            ItemScore item = TestSchemes.scoreItem(scheme, facts().records(SIGNING, ok("C1"), ok("C2")).build());

            assertThat(item.score()).isEqualByComparingTo("3");
            assertThat(item.deductions()).isEmpty();
            assertThat(item.inputs().get(0).sources()).extracting(source -> source.entityType() + ":" + source.id())
                    .containsExactly("procurement-contract:C1", "procurement-contract:C2");
        }

        @Test
        void oneLateRecordCostsEverythingAndIsNamedInTheLedger() {
            ItemScore item = TestSchemes.scoreItem(scheme,
                    facts().records(SIGNING, ok("C1"), bad("C2", "签订晚 5 日"), ok("C3")).build());

            assertThat(item.score()).isEqualByComparingTo("0");
            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points, Deduction::reason)
                    .containsExactly(tuple("C2", new BigDecimal("3.00"), "签订晚 5 日"));
        }

        @Test
        void severalLateRecordsShareTheLoss() {
            ItemScore item = TestSchemes.scoreItem(scheme, facts().records(SIGNING, bad("C2", "晚"), bad("C1", "晚")).build());

            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points)
                    .containsExactly(tuple("C1", new BigDecimal("1.50")), tuple("C2", new BigDecimal("1.50")));
        }

        @Test
        void anEmptySetMeansNoneAndAnAbsentSetMeansMissing() {
            assertThat(TestSchemes.scoreItem(scheme, facts().records(SIGNING).build()).score()).isEqualByComparingTo("3");

            Scorecard absent = ScoringEngine.score(scheme, facts().build());
            assertThat(absent.item(TestSchemes.ITEM).complete()).isFalse();
            assertThat(absent.item(TestSchemes.ITEM).score()).isEqualByComparingTo("0");
            assertThat(absent.missing()).extracting(MissingInput::key).contains(SIGNING);
        }
    }

    @Nested
    class ShareOfCompliant {

        private final String disclosed = FactCatalog.INTENTIONS_DISCLOSED;

        @Test
        void pointsFollowTheCompliantShare() {
            Scheme scheme = TestSchemes.singleItem("share-of-compliant", "0.5", Map.of("recordSet", disclosed));

            // 0.5 × 2/3 = 0.333… → 0.33
            ItemScore item = TestSchemes.scoreItem(scheme, facts().records(disclosed, ok("P1"), ok("P2"), bad("P3", "未公开")).build());

            assertThat(item.score()).isEqualByComparingTo("0.33");
            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points)
                    .containsExactly(tuple("P3", new BigDecimal("0.17")));
        }

        @Test
        void theLedgerAddsUpToTheLostPointsToTheCent() {
            Scheme scheme = TestSchemes.singleItem("share-of-compliant", "1", Map.of("recordSet", disclosed));

            // 1 × 4/7 = 0.571… → 0.57; 0.43 lost over 3 records: 0.15 + 0.14 + 0.14, the odd cent to the lowest id.
            ItemScore item = TestSchemes.scoreItem(scheme, facts().records(disclosed, ok("P1"), bad("P7", "x"), ok("P2"),
                    bad("P5", "x"), ok("P3"), bad("P6", "x"), ok("P4")).build());

            assertThat(item.score()).isEqualByComparingTo("0.57");
            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points).containsExactly(
                    tuple("P5", new BigDecimal("0.15")), tuple("P6", new BigDecimal("0.14")), tuple("P7", new BigDecimal("0.14")));
        }
    }

    @Nested
    class DeductionPerViolation {

        private final String complaints = FactCatalog.COMPLAINTS;
        private final Scheme scheme = TestSchemes.singleItem("deduction-per-violation", "1.5",
                Map.of("recordSet", complaints, "pointsPerViolation", new BigDecimal("0.5")));

        @Test
        void eachViolationCostsItsPoints() {
            ItemScore item = TestSchemes.scoreItem(scheme, facts().records(complaints, bad("Q1", "投诉成立"), ok("Q2")).build());

            assertThat(item.score()).isEqualByComparingTo("1.00");
            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points)
                    .containsExactly(tuple("Q1", new BigDecimal("0.50")));
        }

        @Test
        void theScoreStopsAtZeroAndTheLedgerAtTheMax() {
            ItemScore item = TestSchemes.scoreItem(scheme, facts().records(complaints,
                    bad("Q1", "x"), bad("Q2", "x"), bad("Q3", "x"), bad("Q4", "x")).build());

            assertThat(item.score()).isEqualByComparingTo("0");
            assertThat(sum(item)).isEqualByComparingTo("1.5");
            assertThat(item.deductions()).hasSize(4);
        }
    }

    @Nested
    class Judgement {

        private final Scheme scheme = TestSchemes.singleItem("judgement", "2", Map.of());

        @Test
        void theReviewersPointsAreTheScoreWithTheirEvidence() {
            ItemScore item = TestSchemes.scoreItem(scheme, facts().judgement(TestSchemes.ITEM,
                    new JudgementFact(new BigDecimal("1.5"), "预算公开迟 3 日", "https://example.gov.cn/yjs", "李审核", 7)).build());

            assertThat(item.score()).isEqualByComparingTo("1.50");
            // The reasoning and evidence as a report quotes them; who judged is the judgement's history, not the prose.
            assertThat(item.explanation()).isEqualTo("预算公开迟 3 日（证据：https://example.gov.cn/yjs）。");
            assertThat(item.inputs().get(0).sources()).extracting(source -> source.entityType(), source -> source.version())
                    .containsExactly(tuple("judgement", 7L));
            assertThat(item.deductions()).extracting(Deduction::recordId, Deduction::points, Deduction::reason)
                    .containsExactly(tuple(TestSchemes.ITEM, new BigDecimal("0.50"), "预算公开迟 3 日"));
        }

        @Test
        void pointsOutsideZeroToMaxAreRejected() {
            assertThatThrownBy(() -> ScoringEngine.score(scheme, facts().judgement(TestSchemes.ITEM, "2.01").build()))
                    .isInstanceOf(InvalidFactException.class)
                    .hasMessageContaining("judgements[" + TestSchemes.ITEM + "].points");
            assertThatThrownBy(() -> ScoringEngine.score(scheme, facts().judgement(TestSchemes.ITEM, "-0.5").build()))
                    .isInstanceOf(InvalidFactException.class);
            assertThat(TestSchemes.scoreItem(scheme, facts().judgement(TestSchemes.ITEM, "0").build()).score())
                    .isEqualByComparingTo("0");
        }

        @Test
        void noVerdictYetIsMissing() {
            Scorecard scorecard = ScoringEngine.score(scheme, facts().build());

            assertThat(scorecard.item(TestSchemes.ITEM).complete()).isFalse();
            assertThat(scorecard.missing()).extracting(MissingInput::key).contains("judgement:" + TestSchemes.ITEM);
        }
    }
}
