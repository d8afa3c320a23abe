package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Derives the report's budget figures from line items. Sums are exact; a shown amount is rounded to 2
 * decimals and every rate is computed from the exact sums and rounded once, HALF_UP to 2 decimals
 * (see {@link Amounts}).
 */
public final class BudgetSummaryCalculator {

    /** 新增经常性二级项目 needing 事前绩效评估: at least 1,000万元 (含). */
    private static final BigDecimal RECURRING_EVALUATION_THRESHOLD = new BigDecimal("1000");
    /** 新增一次性二级项目 needing 事前绩效评估: at least 3,000万元 (含). */
    private static final BigDecimal ONE_OFF_EVALUATION_THRESHOLD = new BigDecimal("3000");
    private static final int MONTHS = 12;

    private BudgetSummaryCalculator() {
    }

    public static BudgetExecutionSummary summarize(BudgetExecutionFacts facts) {
        BudgetTotals totals = totals(facts);
        return new BudgetExecutionSummary(
                facts.departmentCode(),
                facts.fiscalYear(),
                totals,
                Amounts.exact(spentOn(facts, ExpenditureCategory.BASIC_PUBLIC_FUNDS)),
                publicFundsControl(facts),
                carryOverRate(facts),
                Optional.ofNullable(facts.threePublicExpenses()),
                exAnteEvaluation(facts.projects()),
                averageExecutionRate(facts),
                Optional.ofNullable(facts.assets()).map(BudgetSummaryCalculator::assets),
                reconcile(totals, facts.declaredSummary()));
    }

    private static BudgetTotals totals(BudgetExecutionFacts facts) {
        BigDecimal initial = Amounts.sum(facts.appropriations(), Appropriation::amount);
        BigDecimal adjustments = Amounts.sum(facts.adjustments(), BudgetAdjustment::amount);
        BigDecimal annual = initial.add(adjustments);
        BigDecimal spent = Amounts.sum(facts.expenditures(), Expenditure::amount);
        BigDecimal personnel = spentOn(facts, ExpenditureCategory.BASIC_PERSONNEL);
        BigDecimal publicFunds = spentOn(facts, ExpenditureCategory.BASIC_PUBLIC_FUNDS);
        BigDecimal project = spentOn(facts, ExpenditureCategory.PROJECT);
        int projectCount = (int) facts.expenditures().stream()
                .filter(line -> line.category() == ExpenditureCategory.PROJECT)
                .map(Expenditure::projectCode)
                .distinct()
                .count();
        Optional<BigDecimal> executionRate = annual.signum() > 0
                ? Optional.of(Amounts.percent(spent, annual))
                : Optional.empty();
        return new BudgetTotals(Amounts.shown(initial), Amounts.shown(adjustments), Amounts.shown(annual),
                Amounts.shown(spent), executionRate, Amounts.shown(personnel.add(publicFunds)),
                Amounts.shown(personnel), Amounts.shown(publicFunds), Amounts.shown(project), projectCount);
    }

    private static BigDecimal spentOn(BudgetExecutionFacts facts, ExpenditureCategory category) {
        return Amounts.sum(facts.expenditures().stream().filter(line -> line.category() == category).toList(),
                Expenditure::amount);
    }

    private static Optional<PublicFundsControl> publicFundsControl(BudgetExecutionFacts facts) {
        if (facts.publicFundsBudget() == null) {
            return Optional.empty();
        }
        BigDecimal budgeted = facts.publicFundsBudget();
        BigDecimal actual = spentOn(facts, ExpenditureCategory.BASIC_PUBLIC_FUNDS);
        return Optional.of(new PublicFundsControl(Amounts.shown(budgeted), Amounts.shown(actual),
                Amounts.percent(actual.subtract(budgeted), budgeted)));
    }

    private static Optional<CarryOverRate> carryOverRate(BudgetExecutionFacts facts) {
        // Without the final accounts' balances the rate is unknown, not zero.
        if (facts.carryOverBalances().isEmpty()) {
            return Optional.empty();
        }
        List<CarryOverBalance> counted = facts.carryOverBalances().stream()
                .filter(balance -> balance.source().inCarryOverRate())
                .toList();
        BigDecimal opening = Amounts.sum(counted, CarryOverBalance::opening);
        BigDecimal closing = Amounts.sum(counted, CarryOverBalance::closing);
        BigDecimal general = appropriated(facts, FundSource.GENERAL_PUBLIC_BUDGET);
        BigDecimal fund = appropriated(facts, FundSource.GOVERNMENT_FUND);
        BigDecimal denominator = opening.add(general).add(fund);
        if (denominator.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new CarryOverRate(Amounts.shown(opening), Amounts.shown(closing), Amounts.shown(general),
                Amounts.shown(fund), Amounts.percent(closing, denominator)));
    }

    /** Final appropriation of one source: its initial budget lines plus its adjustments. */
    private static BigDecimal appropriated(BudgetExecutionFacts facts, FundSource source) {
        return Amounts.sum(facts.appropriations().stream().filter(line -> line.source() == source).toList(),
                        Appropriation::amount)
                .add(Amounts.sum(facts.adjustments().stream().filter(line -> line.source() == source).toList(),
                        BudgetAdjustment::amount));
    }

    private static ExAnteEvaluationCheck exAnteEvaluation(List<BudgetProject> projects) {
        Predicate<BudgetProject> requiresEvaluation = project -> project.novelty() == ProjectNovelty.NEW
                && project.budgetAmount().compareTo(project.recurrence() == ProjectRecurrence.RECURRING
                        ? RECURRING_EVALUATION_THRESHOLD
                        : ONE_OFF_EVALUATION_THRESHOLD) >= 0;
        List<BudgetProject> requiring = projects.stream().filter(requiresEvaluation).toList();
        return new ExAnteEvaluationCheck(
                requiring.stream().map(BudgetProject::code).toList(),
                requiring.stream().filter(project -> !project.exAnteEvaluationDone()).map(BudgetProject::code).toList());
    }

    /** The bureau's published figure wins; otherwise the mean of all twelve monthly rates; otherwise missing. */
    private static Optional<AverageExecutionRate> averageExecutionRate(BudgetExecutionFacts facts) {
        BureauExecutionRate bureau = facts.bureauAverageExecutionRate();
        if (bureau != null) {
            return Optional.of(new AverageExecutionRate(bureau.ratePercent(), AverageRateBasis.BUREAU_FIGURE,
                    bureau.sourceDocument()));
        }
        // Months are unique and within 1..12 (checked by the facts), so twelve entries are the whole year.
        if (facts.monthlyExecution().size() != MONTHS) {
            return Optional.empty();
        }
        BigDecimal sum = Amounts.sum(facts.monthlyExecution(), MonthlyExecutionRate::ratePercent);
        return Optional.of(new AverageExecutionRate(Amounts.mean(sum, MONTHS), AverageRateBasis.MEAN_OF_MONTHLY_RATES,
                "mean of the 12 monthly execution rates of " + facts.fiscalYear()));
    }

    private static AssetSummary assets(AssetFacts assets) {
        FixedAssets fixed = assets.fixedAssets();
        List<DisposalIncome> remitted = assets.disposalIncome().stream()
                .filter(income -> income.remittedOn() != null)
                .toList();
        return new AssetSummary(
                Amounts.percent(fixed.inUse(), fixed.total()),
                Amounts.shown(Amounts.sum(assets.disposalIncome(), DisposalIncome::amount)),
                Amounts.shown(Amounts.sum(remitted, DisposalIncome::amount)),
                assets.disposalIncome().stream().filter(income -> income.remittedOn() == null)
                        .map(DisposalIncome::lineId).toList(),
                assets.annualInventoryDone(),
                assets.reportQuality());
    }

    /** Compares at the 2 decimals both sides are shown with. */
    private static List<ReconciliationWarning> reconcile(BudgetTotals totals, DeclaredBudgetSummary declared) {
        List<ReconciliationWarning> warnings = new ArrayList<>();
        if (declared == null) {
            return warnings;
        }
        if (totals.annualBudget().compareTo(declared.annualBudget()) != 0) {
            warnings.add(new ReconciliationWarning("annualBudget", totals.annualBudget(), declared.annualBudget(),
                    declared.source()));
        }
        if (totals.spent().compareTo(declared.spent()) != 0) {
            warnings.add(new ReconciliationWarning("spent", totals.spent(), declared.spent(), declared.source()));
        }
        return warnings;
    }
}
