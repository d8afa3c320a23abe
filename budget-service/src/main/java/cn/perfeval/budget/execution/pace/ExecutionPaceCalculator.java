package cn.perfeval.budget.execution.pace;

import cn.perfeval.budget.execution.domain.Amounts;
import cn.perfeval.budget.execution.domain.Appropriation;
import cn.perfeval.budget.execution.domain.BudgetAdjustment;
import cn.perfeval.budget.execution.domain.BudgetExecutionFacts;
import cn.perfeval.budget.execution.domain.BudgetProject;
import cn.perfeval.budget.execution.domain.Expenditure;
import cn.perfeval.budget.execution.pace.ExecutionPace.BudgetChange;
import cn.perfeval.budget.execution.pace.ExecutionPace.BudgetChangeSource;
import cn.perfeval.budget.execution.pace.ExecutionPace.DaySpending;
import cn.perfeval.budget.execution.pace.ExecutionPace.NotifiedRate;
import cn.perfeval.budget.execution.pace.ExecutionPace.ProjectSpending;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Computes the {@link ExecutionPace} of an evaluation from its facts in one pass over the expenditures, which may
 * be the ERP's lines or any sums of them per day and project (the ledger hands sums per day, category and
 * project). Sums are exact; every list is in a fixed order, so equal facts give an equal pace whatever order the
 * lines were written in.
 */
public final class ExecutionPaceCalculator {

    private static final int MONTHS = 12;

    private ExecutionPaceCalculator() {
    }

    public static ExecutionPace compute(BudgetExecutionFacts facts) {
        SortedMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
        Map<String, BigDecimal[]> byProjectAndMonth = new HashMap<>();
        for (Expenditure line : facts.expenditures()) {
            byDay.merge(line.date(), line.amount(), BigDecimal::add);
            if (line.projectCode() != null) {
                BigDecimal[] months = byProjectAndMonth.computeIfAbsent(line.projectCode(), code -> zeroMonths());
                int month = line.date().getMonthValue() - 1;
                months[month] = months[month].add(line.amount());
            }
        }
        List<DaySpending> days = byDay.entrySet().stream().filter(day -> day.getValue().signum() > 0)
                .map(day -> new DaySpending(day.getKey(), Amounts.exact(day.getValue()))).toList();
        return new ExecutionPace(budgetChanges(facts), days, projects(facts.projects(), byProjectAndMonth),
                notifiedRates(facts), days.isEmpty() ? null : days.get(days.size() - 1).date());
    }

    private static List<BudgetChange> budgetChanges(BudgetExecutionFacts facts) {
        Stream<BudgetChange> appropriations = facts.appropriations().stream()
                .sorted(Comparator.comparing(Appropriation::lineId))
                .map(line -> new BudgetChange(null, line.amount(), BudgetChangeSource.APPROPRIATION));
        Stream<BudgetChange> adjustments = facts.adjustments().stream()
                .sorted(Comparator.comparing(BudgetAdjustment::date).thenComparing(BudgetAdjustment::lineId))
                .map(line -> new BudgetChange(line.date(), line.amount(), BudgetChangeSource.ADJUSTMENT));
        return Stream.concat(appropriations, adjustments).toList();
    }

    private static List<ProjectSpending> projects(List<BudgetProject> projects, Map<String, BigDecimal[]> spending) {
        return projects.stream().sorted(Comparator.comparing(BudgetProject::code))
                .map(project -> new ProjectSpending(project.code(), project.name(), project.budgetAmount(),
                        Arrays.stream(spending.getOrDefault(project.code(), zeroMonths())).map(Amounts::exact).toList()))
                .toList();
    }

    private static List<NotifiedRate> notifiedRates(BudgetExecutionFacts facts) {
        return facts.monthlyExecution().stream().map(rate -> new NotifiedRate(rate.month(), rate.ratePercent()))
                .sorted(Comparator.comparingInt(NotifiedRate::month)).toList();
    }

    private static BigDecimal[] zeroMonths() {
        BigDecimal[] months = new BigDecimal[MONTHS];
        Arrays.fill(months, BigDecimal.ZERO);
        return months;
    }
}
