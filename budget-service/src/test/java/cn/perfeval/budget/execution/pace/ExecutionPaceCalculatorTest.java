package cn.perfeval.budget.execution.pace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.budget.execution.domain.Appropriation;
import cn.perfeval.budget.execution.domain.BudgetAdjustment;
import cn.perfeval.budget.execution.domain.BudgetExecutionFacts;
import cn.perfeval.budget.execution.domain.BudgetProject;
import cn.perfeval.budget.execution.domain.Expenditure;
import cn.perfeval.budget.execution.domain.ExpenditureCategory;
import cn.perfeval.budget.execution.domain.FundSource;
import cn.perfeval.budget.execution.domain.MonthlyExecutionRate;
import cn.perfeval.budget.execution.domain.ProjectNovelty;
import cn.perfeval.budget.execution.domain.ProjectRecurrence;
import cn.perfeval.budget.execution.pace.ExecutionPace.BudgetChange;
import cn.perfeval.budget.execution.pace.ExecutionPace.BudgetChangeSource;
import cn.perfeval.budget.execution.pace.ExecutionPace.DaySpending;
import cn.perfeval.budget.execution.pace.ExecutionPace.NotifiedRate;
import cn.perfeval.budget.execution.pace.ExecutionPace.ProjectSpending;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The execution pace of a small year whose sums are worked out by hand in the comments. */
class ExecutionPaceCalculatorTest {

    private static final ExpenditureCategory PERSONNEL = ExpenditureCategory.BASIC_PERSONNEL;
    private static final ExpenditureCategory PUBLIC_FUNDS = ExpenditureCategory.BASIC_PUBLIC_FUNDS;
    private static final ExpenditureCategory PROJECT = ExpenditureCategory.PROJECT;

    /** The ERP's lines: several on one day, of several categories and projects, one day spending nothing. */
    private static List<Expenditure> lines() {
        return List.of(
                line("E1", "2023-01-05", "10.50", PERSONNEL, null),
                line("E2", "2023-01-05", "4.25", PROJECT, "P-1"),
                line("E3", "2023-01-31", "0.004", PUBLIC_FUNDS, null),
                line("E4", "2023-02-01", "60", PROJECT, "P-1"),
                line("E5", "2023-02-01", "40", PROJECT, "P-1"),
                line("E6", "2023-02-28", "20.10", PROJECT, "P-1"),
                line("E7", "2023-03-15", "0", PERSONNEL, null),
                line("E8", "2023-12-28", "7.75", PROJECT, "P-1"),
                line("E9", "2023-12-28", "2.25", PERSONNEL, null));
    }

    @Test
    void spendingIsSummedPerDayOldestFirstAndADayWithoutSpendingIsLeftOut() {
        ExecutionPace pace = ExecutionPaceCalculator.compute(facts(lines()));

        assertThat(pace.dailySpending()).containsExactly(
                day("2023-01-05", "14.75"),   // 10.50 + 4.25
                day("2023-01-31", "0.004"),   // 40 元, exact
                day("2023-02-01", "100.00"),  // 60 + 40
                day("2023-02-28", "20.10"),
                day("2023-12-28", "10.00"));  // 7.75 + 2.25; 15 March spent 0 and is left out
        assertThat(pace.dailySpending().get(1).amount().toPlainString()).isEqualTo("0.004");
        assertThat(pace.lastSpendingDate()).isEqualTo(LocalDate.of(2023, 12, 28));
    }

    @Test
    void eachProjectHasItsSpendingPerMonthNotCumulativeAndAProjectWithoutSpendingTwelveZeros() {
        ExecutionPace pace = ExecutionPaceCalculator.compute(facts(lines()));

        assertThat(pace.projects()).containsExactly(
                new ProjectSpending("P-1", "项目一", new BigDecimal("500"), months(
                        "4.25", "120.10", "0", "0", "0", "0", "0", "0", "0", "0", "0", "7.75")),  // Feb: 60 + 40 + 20.10
                new ProjectSpending("P-2", "项目二", new BigDecimal("300.00"), months(
                        "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")));
        assertThat(pace.projects().get(0).monthlySpending().get(1).toPlainString()).isEqualTo("120.10");
    }

    @Test
    void appropriationsComeUndatedThenAdjustmentsByDateEachAsEntered() {
        ExecutionPace pace = ExecutionPaceCalculator.compute(facts(lines()));

        assertThat(pace.budgetChanges()).containsExactly(
                new BudgetChange(null, new BigDecimal("1000.50"), BudgetChangeSource.APPROPRIATION),   // A1
                new BudgetChange(null, new BigDecimal("200.00"), BudgetChangeSource.APPROPRIATION),    // A2
                new BudgetChange(LocalDate.of(2023, 6, 30), new BigDecimal("311.25"), BudgetChangeSource.ADJUSTMENT),
                new BudgetChange(LocalDate.of(2023, 9, 1), new BigDecimal("-50.25"), BudgetChangeSource.ADJUSTMENT));
        assertThat(pace.notifiedRates()).containsExactly(
                new NotifiedRate(3, new BigDecimal("20.10")), new NotifiedRate(6, new BigDecimal("48.50")));
    }

    /** The ledger hands sums per day, category and project; the pace is the same as from the single lines. */
    @Test
    void linesSummedPerDayCategoryAndProjectOrInAnyOrderGiveTheSamePace() {
        List<Expenditure> summed = List.of(
                line("S1", "2023-12-28", "2.25", PERSONNEL, null),
                line("S2", "2023-12-28", "7.75", PROJECT, "P-1"),
                line("S3", "2023-02-28", "20.10", PROJECT, "P-1"),
                line("S4", "2023-02-01", "100", PROJECT, "P-1"),
                line("S5", "2023-01-31", "0.004", PUBLIC_FUNDS, null),
                line("S6", "2023-01-05", "4.25", PROJECT, "P-1"),
                line("S7", "2023-01-05", "10.50", PERSONNEL, null));
        List<Expenditure> shuffled = new ArrayList<>(lines());
        Collections.reverse(shuffled);

        ExecutionPace fromLines = ExecutionPaceCalculator.compute(facts(lines()));
        assertThat(ExecutionPaceCalculator.compute(facts(summed))).isEqualTo(fromLines);
        assertThat(ExecutionPaceCalculator.compute(facts(shuffled))).isEqualTo(fromLines);
    }

    @Test
    void nothingReportedIsAnEmptyPaceWithoutALastSpendingDate() {
        ExecutionPace pace = ExecutionPaceCalculator.compute(BudgetExecutionFacts.builder("D", 2023).build());

        assertThat(pace.budgetChanges()).isEmpty();
        assertThat(pace.dailySpending()).isEmpty();
        assertThat(pace.projects()).isEmpty();
        assertThat(pace.notifiedRates()).isEmpty();
        assertThat(pace.lastSpendingDate()).isNull();
    }

    @Test
    void spendingOfNothingButZerosHasNoLastSpendingDate() {
        ExecutionPace pace = ExecutionPaceCalculator.compute(facts(List.of(line("E1", "2023-04-01", "0", PERSONNEL, null))));

        assertThat(pace.dailySpending()).isEmpty();
        assertThat(pace.lastSpendingDate()).isNull();
    }

    /** The year's facts with the given expenditures, each list in another order than the pace lists it in. */
    private static BudgetExecutionFacts facts(List<Expenditure> expenditures) {
        return BudgetExecutionFacts.builder("D", 2023)
                .appropriations(List.of(
                        new Appropriation("A2", FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("200.00")),
                        new Appropriation("A1", FundSource.GOVERNMENT_FUND, new BigDecimal("1000.50"))))
                .adjustments(List.of(
                        new BudgetAdjustment("ADJ-1", LocalDate.of(2023, 9, 1), FundSource.GENERAL_PUBLIC_BUDGET,
                                new BigDecimal("-50.25"), "调减批复"),
                        new BudgetAdjustment("ADJ-2", LocalDate.of(2023, 6, 30), FundSource.GENERAL_PUBLIC_BUDGET,
                                new BigDecimal("311.25"), "追加批复")))
                .projects(List.of(project("P-2", "项目二", "300.00"), project("P-1", "项目一", "500")))
                .monthlyExecution(List.of(new MonthlyExecutionRate(6, new BigDecimal("48.50")),
                        new MonthlyExecutionRate(3, new BigDecimal("20.10"))))
                .expenditures(expenditures)
                .build();
    }

    private static BudgetProject project(String code, String name, String budget) {
        return new BudgetProject(code, name, ProjectRecurrence.RECURRING, ProjectNovelty.CONTINUING,
                new BigDecimal(budget), true);
    }

    private static Expenditure line(String id, String date, String amount, ExpenditureCategory category,
                                    String project) {
        return new Expenditure(id, LocalDate.parse(date), new BigDecimal(amount), category, project);
    }

    private static DaySpending day(String date, String amount) {
        return new DaySpending(LocalDate.parse(date), new BigDecimal(amount));
    }

    /** Monthly sums as the pace states them: exact, with at least two decimals (0 → 0.00). */
    private static List<BigDecimal> months(String... amounts) {
        List<BigDecimal> months = new ArrayList<>();
        for (String amount : amounts) {
            BigDecimal value = new BigDecimal(amount);
            months.add(value.setScale(Math.max(2, value.scale())));
        }
        return months;
    }
}
