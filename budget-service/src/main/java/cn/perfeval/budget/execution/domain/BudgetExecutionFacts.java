package cn.perfeval.budget.execution.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything budget-service knows about one department's fiscal year, as line items and reported
 * values. The lists are the ERP's lines; the nullable values are facts not reported yet, which the
 * summary shows as missing rather than as zero.
 * <p>
 * Construction checks the lines against each other: unique line ids, dates inside the fiscal year
 * (the Chinese fiscal year is the calendar year), and project expenditures naming a known project.
 */
public record BudgetExecutionFacts(
        String departmentCode,
        int fiscalYear,
        List<Appropriation> appropriations,
        List<BudgetAdjustment> adjustments,
        List<BudgetProject> projects,
        List<Expenditure> expenditures,
        BigDecimal publicFundsBudget,
        ThreePublicExpenses threePublicExpenses,
        List<CarryOverBalance> carryOverBalances,
        List<MonthlyExecutionRate> monthlyExecution,
        BureauExecutionRate bureauAverageExecutionRate,
        AssetFacts assets,
        DeclaredBudgetSummary declaredSummary) {

    public BudgetExecutionFacts {
        Amounts.text(departmentCode, "departmentCode");
        appropriations = copy(appropriations, "appropriations");
        adjustments = copy(adjustments, "adjustments");
        projects = copy(projects, "projects");
        expenditures = copy(expenditures, "expenditures");
        carryOverBalances = copy(carryOverBalances, "carryOverBalances");
        monthlyExecution = copy(monthlyExecution, "monthlyExecution");
        if (publicFundsBudget != null) {
            // 公用经费控制率 divides by it.
            Amounts.positive(publicFundsBudget, "publicFundsBudget");
        }

        requireUnique(appropriations, "appropriations", Appropriation::lineId);
        requireUnique(adjustments, "adjustments", BudgetAdjustment::lineId);
        requireUnique(projects, "projects", BudgetProject::code);
        requireUnique(expenditures, "expenditures", Expenditure::lineId);
        requireUnique(carryOverBalances, "carryOverBalances", balance -> balance.source().name());
        requireUnique(monthlyExecution, "monthlyExecution", rate -> String.valueOf(rate.month()));

        for (BudgetAdjustment adjustment : adjustments) {
            requireInFiscalYear(adjustment.date(), fiscalYear, "adjustments[" + adjustment.lineId() + "].date");
        }
        Set<String> projectCodes = new HashSet<>(projects.stream().map(BudgetProject::code).toList());
        for (Expenditure expenditure : expenditures) {
            String line = "expenditures[" + expenditure.lineId() + "]";
            requireInFiscalYear(expenditure.date(), fiscalYear, line + ".date");
            if (expenditure.projectCode() != null && !projectCodes.contains(expenditure.projectCode())) {
                throw new InvalidBudgetDataException(line + ".projectCode",
                        BudgetDataMessages.UNKNOWN_PROJECT.with(expenditure.projectCode()));
            }
        }
    }

    public static Builder builder(String departmentCode, int fiscalYear) {
        return new Builder(departmentCode, fiscalYear);
    }

    private static <T> List<T> copy(List<T> items, String field) {
        if (items == null) {
            return List.of();
        }
        if (items.stream().anyMatch(Objects::isNull)) {
            throw new InvalidBudgetDataException(field, BudgetDataMessages.EMPTY_LINE.with());
        }
        return List.copyOf(items);
    }

    private static <T> void requireUnique(List<T> items, String field, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new InvalidBudgetDataException(field + "[" + key.apply(item) + "]", BudgetDataMessages.GIVEN_TWICE.with());
            }
        }
    }

    private static void requireInFiscalYear(LocalDate date, int fiscalYear, String field) {
        if (date.getYear() != fiscalYear) {
            throw new InvalidBudgetDataException(field, BudgetDataMessages.OUTSIDE_YEAR.with(date, fiscalYear));
        }
    }

    /** Collects the facts of one (department, year); unset values stay missing. */
    public static final class Builder {
        private final String departmentCode;
        private final int fiscalYear;
        private List<Appropriation> appropriations = List.of();
        private List<BudgetAdjustment> adjustments = List.of();
        private List<BudgetProject> projects = List.of();
        private List<Expenditure> expenditures = List.of();
        private BigDecimal publicFundsBudget;
        private ThreePublicExpenses threePublicExpenses;
        private List<CarryOverBalance> carryOverBalances = List.of();
        private List<MonthlyExecutionRate> monthlyExecution = List.of();
        private BureauExecutionRate bureauAverageExecutionRate;
        private AssetFacts assets;
        private DeclaredBudgetSummary declaredSummary;

        private Builder(String departmentCode, int fiscalYear) {
            this.departmentCode = departmentCode;
            this.fiscalYear = fiscalYear;
        }

        public Builder appropriations(List<Appropriation> appropriations) {
            this.appropriations = appropriations;
            return this;
        }

        public Builder adjustments(List<BudgetAdjustment> adjustments) {
            this.adjustments = adjustments;
            return this;
        }

        public Builder projects(List<BudgetProject> projects) {
            this.projects = projects;
            return this;
        }

        public Builder expenditures(List<Expenditure> expenditures) {
            this.expenditures = expenditures;
            return this;
        }

        public Builder publicFundsBudget(BigDecimal publicFundsBudget) {
            this.publicFundsBudget = publicFundsBudget;
            return this;
        }

        public Builder threePublicExpenses(ThreePublicExpenses threePublicExpenses) {
            this.threePublicExpenses = threePublicExpenses;
            return this;
        }

        public Builder carryOverBalances(List<CarryOverBalance> carryOverBalances) {
            this.carryOverBalances = carryOverBalances;
            return this;
        }

        public Builder monthlyExecution(List<MonthlyExecutionRate> monthlyExecution) {
            this.monthlyExecution = monthlyExecution;
            return this;
        }

        public Builder bureauAverageExecutionRate(BureauExecutionRate bureauAverageExecutionRate) {
            this.bureauAverageExecutionRate = bureauAverageExecutionRate;
            return this;
        }

        public Builder assets(AssetFacts assets) {
            this.assets = assets;
            return this;
        }

        public Builder declaredSummary(DeclaredBudgetSummary declaredSummary) {
            this.declaredSummary = declaredSummary;
            return this;
        }

        public BudgetExecutionFacts build() {
            return new BudgetExecutionFacts(departmentCode, fiscalYear, appropriations, adjustments, projects,
                    expenditures, publicFundsBudget, threePublicExpenses, carryOverBalances, monthlyExecution,
                    bureauAverageExecutionRate, assets, declaredSummary);
        }
    }
}
