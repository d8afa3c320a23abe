package cn.perfeval.budget.execution.service;

import cn.perfeval.budget.execution.domain.Appropriation;
import cn.perfeval.budget.execution.domain.BudgetAdjustment;
import cn.perfeval.budget.execution.domain.BudgetExecutionFacts;
import cn.perfeval.budget.execution.domain.BudgetProject;
import cn.perfeval.budget.execution.domain.BureauExecutionRate;
import cn.perfeval.budget.execution.domain.CarryOverBalance;
import cn.perfeval.budget.execution.domain.DeclaredBudgetSummary;
import cn.perfeval.budget.execution.domain.Expenditure;
import cn.perfeval.budget.execution.domain.MonthlyExecutionRate;
import cn.perfeval.budget.execution.domain.ThreePublicExpenses;
import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads everything stored for an evaluation into the domain's {@link BudgetExecutionFacts}, whose constructor
 * checks the lines against each other (so assembling after a write is also its cross-line validation).
 */
@ApplicationScoped
public class BudgetFactsAssembler {

    private final FactStore store;
    private final ExpenditureLedger ledger;

    public BudgetFactsAssembler(FactStore store, ExpenditureLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    /** @throws cn.perfeval.budget.execution.domain.InvalidBudgetDataException if the stored lines contradict each other */
    public BudgetExecutionFacts assemble(String dept, int year) {
        return assemble(dept, year, ledger.sumsByCategoryAndProject(dept, year));
    }

    /** The same with the ledger's lines given, as any sums of them (per category and project, or per day as well). */
    public BudgetExecutionFacts assemble(String dept, int year, List<Expenditure> ledgerSums) {
        return budgetLines(dept, year)
                .expenditures(ledgerSums)
                .publicFundsBudget(store.document(dept, year, FactKind.PUBLIC_FUNDS_BUDGET, PublicFundsBudget.class)
                        .map(PublicFundsBudget::budgeted).orElse(null))
                .threePublicExpenses(store.document(dept, year, FactKind.THREE_PUBLIC, ThreePublicExpenses.class)
                        .orElse(null))
                .carryOverBalances(store.list(dept, year, FactKind.CARRY_OVER, CarryOverBalance.class))
                .bureauAverageExecutionRate(store.document(dept, year, FactKind.BUREAU_EXECUTION_RATE,
                        BureauExecutionRate.class).orElse(null))
                .assets(assets(dept, year).map(document -> document.toFacts(year)).orElse(null))
                .declaredSummary(store.document(dept, year, FactKind.DECLARED_TOTALS, DeclaredBudgetSummary.class)
                        .orElse(null))
                .build();
    }

    /**
     * What the execution pace is computed from: the budget lines, projects and notified monthly rates, and the
     * ledger summed per day, category and project ({@link ExpenditureLedger#sumsByDayCategoryAndProject}).
     */
    public BudgetExecutionFacts assembleForPace(String dept, int year, List<Expenditure> ledgerSumsPerDay) {
        return budgetLines(dept, year).expenditures(ledgerSumsPerDay).build();
    }

    private BudgetExecutionFacts.Builder budgetLines(String dept, int year) {
        return BudgetExecutionFacts.builder(dept, year)
                .appropriations(store.list(dept, year, FactKind.APPROPRIATIONS, Appropriation.class))
                .adjustments(store.list(dept, year, FactKind.ADJUSTMENTS, BudgetAdjustment.class))
                .projects(store.list(dept, year, FactKind.PROJECTS, BudgetProject.class))
                .monthlyExecution(store.list(dept, year, FactKind.MONTHLY_EXECUTION, MonthlyExecutionRate.class));
    }

    public java.util.Optional<AssetsDocument> assets(String dept, int year) {
        return store.document(dept, year, FactKind.ASSETS, AssetsDocument.class);
    }
}
