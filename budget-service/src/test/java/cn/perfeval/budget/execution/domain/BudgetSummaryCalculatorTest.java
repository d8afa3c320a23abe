package cn.perfeval.budget.execution.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every budget figure of the seed report, derived from line items (see {@link SeedBudgetFixture}). */
class BudgetSummaryCalculatorTest {

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private final BudgetExecutionSummary seed = BudgetSummaryCalculator.summarize(SeedBudgetFixture.seedFacts().build());

    @Test
    void annualBudgetIsInitialPlusMidYearIncrease() {
        BudgetTotals totals = seed.totals();

        assertThat(totals.initialBudget()).isEqualTo(amount("21443.80"));
        assertThat(totals.adjustments()).isEqualTo(amount("311.25"));
        assertThat(totals.annualBudget()).isEqualTo(amount("21755.05"));
    }

    @Test
    void spendingSplitsIntoBasicAndThirtyProjects() {
        BudgetTotals totals = seed.totals();

        assertThat(totals.spent()).isEqualTo(amount("21522.08"));
        assertThat(totals.basicExpenditure()).isEqualTo(amount("8858.19"));
        assertThat(totals.projectExpenditure()).isEqualTo(amount("12663.89"));
        assertThat(totals.projectCount()).isEqualTo(30);
    }

    @Test
    void executionRateIsSpentOverAnnualBudget() {
        // 21,522.08 ÷ 21,755.05 = 98.929…% → 98.93
        assertThat(seed.totals().executionRate()).contains(amount("98.93"));
    }

    @Test
    void publicFundsControlRate() {
        PublicFundsControl control = seed.publicFundsControl().orElseThrow();

        assertThat(control.actual()).isEqualTo(amount("623.75"));
        assertThat(control.budgeted()).isEqualTo(amount("653.47"));
        // (623.75 − 653.47) ÷ 653.47 = −4.548…% → −4.55
        assertThat(control.controlRate()).isEqualTo(amount("-4.55"));
        assertThat(control.withinBudget()).isTrue();
    }

    @Test
    void publicFundsSpentIsKeptExactForTheSchemeWhileTheFiguresShowItRounded() {
        // 653.47 + 0.004 (40元) = 653.474: shown as 653.47, the budget; exactly, it is over the budget.
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(BudgetExecutionFacts.builder("D", 2023)
                .expenditures(List.of(
                        new Expenditure("E1", LocalDate.of(2023, 3, 1), amount("653.47"),
                                ExpenditureCategory.BASIC_PUBLIC_FUNDS, null),
                        new Expenditure("E2", LocalDate.of(2023, 4, 1), amount("0.004"),
                                ExpenditureCategory.BASIC_PUBLIC_FUNDS, null)))
                .publicFundsBudget(amount("653.47"))
                .build());

        assertThat(summary.exactPublicFundsExpenditure()).isEqualTo(amount("653.474"));
        assertThat(summary.totals().publicFundsExpenditure()).isEqualTo(amount("653.47"));
        assertThat(summary.publicFundsControl().orElseThrow().actual()).isEqualTo(amount("653.47"));
    }

    @Test
    void exactPublicFundsSpentDropsOnlyTheTrailingZerosADatabaseColumnAdds() {
        // The ledger sums a NUMERIC(20, 6) column: 623.750000 is published as 623.75, 0 as 0.00, never rounded.
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(BudgetExecutionFacts.builder("D", 2023)
                .expenditures(List.of(new Expenditure("E1", LocalDate.of(2023, 3, 1), amount("623.750000"),
                        ExpenditureCategory.BASIC_PUBLIC_FUNDS, null)))
                .build());
        BudgetExecutionSummary none = BudgetSummaryCalculator.summarize(BudgetExecutionFacts.builder("D", 2023).build());

        assertThat(summary.exactPublicFundsExpenditure()).isEqualTo(amount("623.75"));
        assertThat(none.exactPublicFundsExpenditure()).isEqualTo(amount("0.00"));
    }

    @Test
    void carryOverRateIsZero() {
        CarryOverRate carryOver = seed.carryOverRate().orElseThrow();

        assertThat(carryOver.rate()).isEqualByComparingTo("0");
        // Denominator parts: general 9,012.46 + 9,431.34 + 400.00 − 88.75; government fund 3,000.00.
        assertThat(carryOver.generalBudgetAppropriation()).isEqualTo(amount("18755.05"));
        assertThat(carryOver.governmentFundAppropriation()).isEqualTo(amount("3000.00"));
    }

    @Test
    void threePublicExpensesWithinBudget() {
        ThreePublicExpenses threePublic = seed.threePublicExpenses().orElseThrow();

        assertThat(threePublic.actual()).isEqualTo(amount("9.49"));
        assertThat(threePublic.budgeted()).isEqualTo(amount("9.50"));
        assertThat(threePublic.withinBudget()).isTrue();
    }

    @Test
    void noNewProjectNeededAnExAnteEvaluation() {
        // The fixture has five NEW projects, all below the thresholds, and a CONTINUING one of 3,742.11.
        assertThat(seed.exAnteEvaluation().projectsRequiringEvaluation()).isEmpty();
        assertThat(seed.exAnteEvaluation().lackingCount()).isZero();
    }

    @Test
    void averageExecutionRateIsTheBureausFigureWithItsSource() {
        AverageExecutionRate average = seed.averageExecutionRate().orElseThrow();

        assertThat(average.ratePercent()).isEqualTo(amount("95.40"));
        assertThat(average.basis()).isEqualTo(AverageRateBasis.BUREAU_FIGURE);
        assertThat(average.source()).contains("支出进度情况的通报");
    }

    @Test
    void assets() {
        AssetSummary assets = seed.assets().orElseThrow();

        // 2,261.00 ÷ 2,380.00 = 95.00% (the seed: "90%以上")
        assertThat(assets.fixedAssetUtilisationRate()).isEqualTo(amount("95.00"));
        assertThat(assets.fixedAssetUtilisationRate()).isGreaterThanOrEqualTo(amount("90"));
        assertThat(assets.disposalIncomeRemitted()).isEqualTo(amount("6.28"));
        assertThat(assets.unremittedDisposalLines()).isEmpty();
        assertThat(assets.annualInventoryDone()).isTrue();
        assertThat(assets.reportQuality().satisfactory()).isTrue();
    }

    @Test
    void fixedAssetUtilisationIsTheRateAsTheReportShowsItHalfUpToTwoDecimals() {
        // The scheme's threshold of 90 is applied to this figure (its assumptions say so): 89.995% counts as 90.00%.
        assertThat(utilisation("10000", "8999.50")).isEqualTo(amount("90.00"));
        assertThat(utilisation("10000", "8999.49")).isEqualTo(amount("89.99"));
    }

    @Test
    void declaredFiguresThatAgreeRaiseNoWarning() {
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(SeedBudgetFixture.seedFacts()
                .declaredSummary(new DeclaredBudgetSummary("2023年度部门决算", amount("21755.05"), amount("21522.08")))
                .build());

        assertThat(summary.reconciliationWarnings()).isEmpty();
    }

    @Test
    void aDeclaredTotalThatDisagreesIsAWarningWithBothFigures() {
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(SeedBudgetFixture.seedFacts()
                .declaredSummary(new DeclaredBudgetSummary("自评报告草稿", amount("21755.05"), amount("21500.00")))
                .build());

        assertThat(summary.reconciliationWarnings()).singleElement().satisfies(warning -> {
            assertThat(warning.figure()).isEqualTo("spent");
            assertThat(warning.fromLineItems()).isEqualTo(amount("21522.08"));
            assertThat(warning.declared()).isEqualTo(amount("21500.00"));
            assertThat(warning.difference()).isEqualTo(amount("22.08"));
            assertThat(warning.declaredSource()).isEqualTo("自评报告草稿");
        });
    }

    @Test
    void factsNotReportedAreMissingNotZero() {
        BudgetExecutionSummary ledgerOnly = BudgetSummaryCalculator.summarize(SeedBudgetFixture.ledgerOnly().build());

        assertThat(ledgerOnly.totals().spent()).isEqualTo(amount("21522.08"));
        assertThat(ledgerOnly.publicFundsControl()).isEmpty();
        assertThat(ledgerOnly.carryOverRate()).isEmpty();
        assertThat(ledgerOnly.threePublicExpenses()).isEmpty();
        assertThat(ledgerOnly.averageExecutionRate()).isEmpty();
        assertThat(ledgerOnly.assets()).isEmpty();
    }

    @Test
    void averageFromTwelveMonthlyRatesWhenTheBureauGaveNone() {
        // Sum 1,144.80 → mean 95.40, the seed's figure reached the other way.
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(SeedBudgetFixture.ledgerOnly()
                .monthlyExecution(monthly("90.10", "91.20", "92.30", "93.40", "94.50", "95.60",
                        "96.70", "97.80", "98.90", "96.00", "98.10", "100.20"))
                .build());

        AverageExecutionRate average = summary.averageExecutionRate().orElseThrow();
        assertThat(average.ratePercent()).isEqualTo(amount("95.40"));
        assertThat(average.basis()).isEqualTo(AverageRateBasis.MEAN_OF_MONTHLY_RATES);
    }

    @Test
    void monthlyMeanRoundsHalfUp() {
        // Sum 1,144.86 → 95.405 → 95.41
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(SeedBudgetFixture.ledgerOnly()
                .monthlyExecution(monthly("90.10", "91.20", "92.30", "93.40", "94.50", "95.60",
                        "96.70", "97.80", "98.90", "96.00", "98.10", "100.26"))
                .build());

        assertThat(summary.averageExecutionRate().orElseThrow().ratePercent()).isEqualTo(amount("95.41"));
    }

    @Test
    void theBureausFigureWinsOverMonthlyRates() {
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(SeedBudgetFixture.seedFacts()
                .monthlyExecution(monthly("10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10"))
                .build());

        assertThat(summary.averageExecutionRate().orElseThrow().basis()).isEqualTo(AverageRateBasis.BUREAU_FIGURE);
        assertThat(summary.averageExecutionRate().orElseThrow().ratePercent()).isEqualTo(amount("95.40"));
    }

    @Test
    void elevenMonthsWithoutTheBureausFigureLeaveTheAverageMissing() {
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(SeedBudgetFixture.ledgerOnly()
                .monthlyExecution(monthly("90", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90"))
                .build());

        assertThat(summary.averageExecutionRate()).isEmpty();
    }

    @Test
    void exAnteEvaluationThresholdsAreInclusiveAndDependOnRecurrence() {
        List<BudgetProject> projects = List.of(
                project("NEW-R-1000", ProjectRecurrence.RECURRING, ProjectNovelty.NEW, "1000.00", false),
                project("NEW-R-999", ProjectRecurrence.RECURRING, ProjectNovelty.NEW, "999.99", false),
                project("NEW-O-3000", ProjectRecurrence.ONE_OFF, ProjectNovelty.NEW, "3000.00", true),
                project("NEW-O-2999", ProjectRecurrence.ONE_OFF, ProjectNovelty.NEW, "2999.99", false),
                project("NEW-O-1500", ProjectRecurrence.ONE_OFF, ProjectNovelty.NEW, "1500.00", false),
                project("OLD-R-5000", ProjectRecurrence.RECURRING, ProjectNovelty.CONTINUING, "5000.00", false));

        ExAnteEvaluationCheck check = BudgetSummaryCalculator.summarize(
                BudgetExecutionFacts.builder("D", 2023).projects(projects).build()).exAnteEvaluation();

        assertThat(check.projectsRequiringEvaluation()).containsExactly("NEW-R-1000", "NEW-O-3000");
        assertThat(check.projectsLackingEvaluation()).containsExactly("NEW-R-1000");
        assertThat(check.lackingCount()).isEqualTo(1);
    }

    @Test
    void carryOverRateCountsOnlyGeneralBudgetAndGovernmentFund() {
        BudgetExecutionFacts facts = BudgetExecutionFacts.builder("D", 2023)
                .appropriations(List.of(
                        new Appropriation("A1", FundSource.GENERAL_PUBLIC_BUDGET, amount("900")),
                        new Appropriation("A2", FundSource.GOVERNMENT_FUND, amount("50")),
                        new Appropriation("A3", FundSource.NON_FISCAL, amount("500"))))
                .carryOverBalances(List.of(
                        new CarryOverBalance(FundSource.GENERAL_PUBLIC_BUDGET, amount("100"), amount("20")),
                        new CarryOverBalance(FundSource.GOVERNMENT_FUND, amount("50"), amount("10")),
                        new CarryOverBalance(FundSource.NON_FISCAL, amount("70"), amount("70"))))
                .build();

        // (20 + 10) ÷ (100 + 50 + 900 + 50) = 30 ÷ 1,100 = 2.727…% → 2.73
        assertThat(BudgetSummaryCalculator.summarize(facts).carryOverRate().orElseThrow().rate())
                .isEqualTo(amount("2.73"));
    }

    @Test
    void amountsAreSummedExactlyAndRoundedOnceForDisplay() {
        // Three 元-precise lines of 0.005万元 (50元): exact sum 0.015 → 0.02; rounding each line first would give 0.03.
        List<Expenditure> lines = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            lines.add(new Expenditure("E" + i, LocalDate.of(2023, 3, i), amount("0.005"),
                    ExpenditureCategory.BASIC_PUBLIC_FUNDS, null));
        }

        BudgetTotals totals = BudgetSummaryCalculator.summarize(
                BudgetExecutionFacts.builder("D", 2023).expenditures(lines).build()).totals();

        assertThat(totals.spent()).isEqualTo(amount("0.02"));
        assertThat(totals.executionRate()).as("no budget, no rate").isEmpty();
    }

    private static BigDecimal utilisation(String total, String inUse) {
        AssetFacts assets = new AssetFacts(new FixedAssets(amount(total), amount(inUse)), List.of(), true,
                new AssetReportQuality(true, true, true));
        return BudgetSummaryCalculator.summarize(BudgetExecutionFacts.builder("D", 2023).assets(assets).build())
                .assets().orElseThrow().fixedAssetUtilisationRate();
    }

    private static BudgetProject project(String code, ProjectRecurrence recurrence, ProjectNovelty novelty,
                                         String budget, boolean evaluated) {
        return new BudgetProject(code, code, recurrence, novelty, amount(budget), evaluated);
    }

    private static List<MonthlyExecutionRate> monthly(String... rates) {
        List<MonthlyExecutionRate> months = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            months.add(new MonthlyExecutionRate(i + 1, amount(rates[i])));
        }
        return months;
    }
}
