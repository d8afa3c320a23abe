package cn.perfeval.budget.execution.service;

import cn.perfeval.budget.execution.domain.AssetSummary;
import cn.perfeval.budget.execution.domain.AverageExecutionRate;
import cn.perfeval.budget.execution.domain.AverageRateBasis;
import cn.perfeval.budget.execution.domain.BudgetExecutionSummary;
import cn.perfeval.budget.execution.domain.BudgetSummaryCalculator;
import cn.perfeval.budget.execution.domain.BudgetTotals;
import cn.perfeval.budget.execution.domain.DisposalIncome;
import cn.perfeval.budget.execution.domain.PublicFundsControl;
import cn.perfeval.budget.execution.domain.ReconciliationWarning;
import cn.perfeval.budget.execution.domain.ThreePublicExpenses;
import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.budget.messaging.BudgetSummaryView;
import cn.perfeval.budget.messaging.FactSnapshot.Finding;
import cn.perfeval.budget.messaging.FactSnapshot.NumberFact;
import cn.perfeval.budget.messaging.FactSnapshot.RecordFact;
import cn.perfeval.budget.messaging.FactSnapshot.Source;
import cn.perfeval.budget.messaging.FactSnapshot;
import cn.perfeval.budget.messaging.SnapshotBuilder;
import cn.perfeval.budget.messaging.SnapshotInputs;
import cn.perfeval.budget.messaging.SnapshotType;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the budget-events snapshot: the budget and asset facts of the scoring scheme (keys of scoring-service's
 * FactCatalog), the report's budget paragraph, and the reconciliation findings. A fact is present only when the
 * inputs it is derived from were reported.
 */
@ApplicationScoped
public class BudgetSnapshotBuilder implements SnapshotBuilder<FactSnapshot> {

    static final String AVERAGE_EXECUTION_RATE = "budget.averageExecutionRate";
    static final String CARRY_OVER_RATE = "budget.carryOverRate";
    static final String PUBLIC_FUNDS_ACTUAL = "budget.publicFunds.actual";
    static final String PUBLIC_FUNDS_BUDGETED = "budget.publicFunds.budgeted";
    static final String THREE_PUBLIC_ACTUAL = "budget.threePublicExpenses.actual";
    static final String THREE_PUBLIC_BUDGETED = "budget.threePublicExpenses.budgeted";
    static final String NEW_PROJECTS_LACKING_EVALUATION = "budget.newProjects.lackingExAnteEvaluation";
    static final String FIXED_ASSET_UTILISATION = "assets.fixedAssets.utilisationRate";
    static final String INVENTORIES_COMPLETED = "assets.inventories.completed";
    static final String INCOME_REMITTANCES = "assets.incomeRemittances";

    private final BudgetFactsAssembler assembler;
    private final FactStore store;

    public BudgetSnapshotBuilder(BudgetFactsAssembler assembler, FactStore store) {
        this.assembler = assembler;
        this.store = store;
    }

    @Override
    public SnapshotType type() {
        return SnapshotType.BUDGET_FACTS;
    }

    @Override
    public FactSnapshot build(SnapshotInputs inputs) {
        String dept = inputs.dept();
        int year = inputs.year();
        BudgetExecutionSummary summary = BudgetSummaryCalculator.summarize(
                assembler.assemble(dept, year, inputs.ledgerSums()));
        Sources sources = new Sources(dept, year);
        SortedMap<String, NumberFact> numbers = new TreeMap<>();
        SortedMap<String, List<RecordFact>> recordSets = new TreeMap<>();
        putBudgetNumbers(numbers, summary, sources, dept, year);
        putAssetFacts(numbers, recordSets, summary, sources, dept, year);
        return new FactSnapshot(dept + ":" + year, dept, year, 0, numbers, recordSets,
                summaryView(summary, sources), findings(summary.reconciliationWarnings()));
    }

    /** Execution, carry-over, public funds, "三公" and ex-ante evaluation: each only once its input is reported. */
    private void putBudgetNumbers(SortedMap<String, NumberFact> numbers, BudgetExecutionSummary summary,
            Sources sources, String dept, int year) {
        summary.averageExecutionRate().ifPresent(rate -> numbers.put(AVERAGE_EXECUTION_RATE, new NumberFact(
                rate.ratePercent(), sources.of(rate.basis() == AverageRateBasis.BUREAU_FIGURE
                        ? FactKind.BUREAU_EXECUTION_RATE : FactKind.MONTHLY_EXECUTION),
                basisName(rate) + ": " + rate.source())));
        summary.carryOverRate().ifPresent(rate -> numbers.put(CARRY_OVER_RATE, new NumberFact(rate.rate(),
                sources.of(FactKind.CARRY_OVER), "closing " + rate.closingBalance().toPlainString() + " ÷ (opening "
                        + rate.openingBalance().toPlainString() + " + general budget "
                        + rate.generalBudgetAppropriation().toPlainString() + " + government funds "
                        + rate.governmentFundAppropriation().toPlainString() + ") 万元")));
        if (sources.reported(FactKind.EXPENDITURES)) {
            // Exact, not the shown figure: the scheme compares it with the budgeted amount (653.474 is over 653.47).
            numbers.put(PUBLIC_FUNDS_ACTUAL, new NumberFact(summary.exactPublicFundsExpenditure(),
                    sources.of(FactKind.EXPENDITURES), "sum of the BASIC_PUBLIC_FUNDS expenditure lines, 万元"));
        }
        store.document(dept, year, FactKind.PUBLIC_FUNDS_BUDGET, PublicFundsBudget.class).ifPresent(budget ->
                numbers.put(PUBLIC_FUNDS_BUDGETED, new NumberFact(budget.budgeted(),
                        sources.of(FactKind.PUBLIC_FUNDS_BUDGET), budget.document())));
        summary.threePublicExpenses().ifPresent(three -> {
            numbers.put(THREE_PUBLIC_ACTUAL, new NumberFact(three.actual(), sources.of(FactKind.THREE_PUBLIC), null));
            numbers.put(THREE_PUBLIC_BUDGETED, new NumberFact(three.budgeted(), sources.of(FactKind.THREE_PUBLIC), null));
        });
        if (sources.reported(FactKind.PROJECTS)) {
            numbers.put(NEW_PROJECTS_LACKING_EVALUATION, new NumberFact(
                    BigDecimal.valueOf(summary.exAnteEvaluation().lackingCount()), sources.of(FactKind.PROJECTS),
                    "new projects needing an ex-ante evaluation: "
                            + listOrNone(summary.exAnteEvaluation().projectsRequiringEvaluation())
                            + "; lacking one: " + listOrNone(summary.exAnteEvaluation().projectsLackingEvaluation())));
        }
    }

    /** Utilisation, inventories and disposal income remittances, from the asset report. */
    private void putAssetFacts(SortedMap<String, NumberFact> numbers, SortedMap<String, List<RecordFact>> recordSets,
            BudgetExecutionSummary summary, Sources sources, String dept, int year) {
        summary.assets().ifPresent(asset -> numbers.put(FIXED_ASSET_UTILISATION, new NumberFact(
                asset.fixedAssetUtilisationRate(), sources.of(FactKind.ASSETS), "fixed assets in use ÷ all, by book value")));
        assembler.assets(dept, year).ifPresent(document -> {
            numbers.put(INVENTORIES_COMPLETED, new NumberFact(BigDecimal.valueOf(document.inventories().size()),
                    sources.of(FactKind.ASSETS), null));
            long version = sources.version(FactKind.ASSETS);
            recordSets.put(INCOME_REMITTANCES, document.disposalIncome().stream()
                    .map(income -> remittance(income, version)).toList());
        });
    }

    private static RecordFact remittance(DisposalIncome income, long version) {
        String amount = income.amount().toPlainString() + "万元";
        return income.remittedOn() == null
                ? new RecordFact(income.lineId(), version, false, amount + " disposal income not remitted to the treasury")
                : new RecordFact(income.lineId(), version, true,
                        amount + " disposal income remitted to the treasury on " + income.remittedOn());
    }

    private BudgetSummaryView summaryView(BudgetExecutionSummary summary, Sources sources) {
        BudgetTotals totals = summary.totals();
        boolean budgetKnown = sources.reported(FactKind.APPROPRIATIONS);
        boolean spendingKnown = sources.reported(FactKind.EXPENDITURES);
        Optional<AverageExecutionRate> average = summary.averageExecutionRate();
        PublicFundsControl control = summary.publicFundsControl().orElse(null);
        ThreePublicExpenses three = summary.threePublicExpenses().orElse(null);
        AssetSummary assets = summary.assets().orElse(null);
        return new BudgetSummaryView(
                "万元",
                budgetKnown ? totals.initialBudget() : null,
                budgetKnown ? totals.adjustments() : null,
                budgetKnown ? totals.annualBudget() : null,
                spendingKnown ? totals.spent() : null,
                budgetKnown && spendingKnown ? totals.executionRate().orElse(null) : null,
                spendingKnown ? totals.basicExpenditure() : null,
                spendingKnown ? totals.projectExpenditure() : null,
                spendingKnown ? totals.projectCount() : null,
                average.map(AverageExecutionRate::ratePercent).orElse(null),
                average.map(BudgetSnapshotBuilder::basisName).orElse(null),
                average.map(AverageExecutionRate::source).orElse(null),
                control == null && !spendingKnown ? null : new BudgetSummaryView.PublicFunds(
                        spendingKnown ? totals.publicFundsExpenditure() : null,
                        control == null ? null : control.budgeted(),
                        control == null || !spendingKnown ? null : control.controlRate()),
                three == null ? null : new BudgetSummaryView.ThreePublic(three.actual(), three.budgeted()),
                summary.carryOverRate().map(rate -> rate.rate()).orElse(null),
                assets == null ? null : assets.disposalIncomeTotal(),
                assets == null ? null : assets.fixedAssetUtilisationRate());
    }

    private static List<Finding> findings(List<ReconciliationWarning> warnings) {
        List<Finding> findings = new ArrayList<>();
        for (ReconciliationWarning warning : warnings) {
            findings.add(new Finding("WARNING", "RECONCILIATION", "The " + warning.figure() + " from the ERP's line items ("
                    + warning.fromLineItems().toPlainString() + "万元) differs from the declared figure ("
                    + warning.declared().toPlainString() + "万元, " + warning.declaredSource() + ") by "
                    + warning.difference().toPlainString() + "万元"));
        }
        return findings;
    }

    private static String basisName(AverageExecutionRate rate) {
        return rate.basis() == AverageRateBasis.BUREAU_FIGURE ? "BUREAU" : "MONTHLY";
    }

    private static String listOrNone(List<String> codes) {
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }

    /** Which kinds were reported and at which version. */
    private final class Sources {
        private final String dept;
        private final int year;
        private final Map<FactKind, Optional<Long>> versions = new java.util.EnumMap<>(FactKind.class);

        Sources(String dept, int year) {
            this.dept = dept;
            this.year = year;
        }

        boolean reported(FactKind kind) {
            return version(kind) > 0;
        }

        long version(FactKind kind) {
            return versions.computeIfAbsent(kind, k -> store.sectionVersion(dept, year, k)).orElse(0L);
        }

        Source of(FactKind kind) {
            return new Source(kind.entityType(), dept + ":" + year, version(kind));
        }
    }
}
