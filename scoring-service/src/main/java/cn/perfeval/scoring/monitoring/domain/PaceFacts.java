package cn.perfeval.scoring.monitoring.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An evaluation's execution pace as budget-service publishes it ({@code cn.perfeval.budget.execution-pace.changed},
 * docs/monitoring.md): budget entries, spending per day, projects with spending per month, notified rates.
 */
public record PaceFacts(List<BudgetChange> budgetChanges, List<DaySpending> dailySpending,
        List<ProjectSpending> projects, List<NotifiedRate> notifiedRates) {

    /** An appropriation (no date: in force from 1 January) or an adjustment (in force from its date). */
    public record BudgetChange(LocalDate date, BigDecimal amount) {
    }

    public record DaySpending(LocalDate date, BigDecimal amount) {
    }

    /** A budget project; {@code monthlySpending} holds 12 amounts, January first, not cumulative. */
    public record ProjectSpending(String code, String name, BigDecimal budget, List<BigDecimal> monthlySpending) {
    }

    public record NotifiedRate(int month, BigDecimal ratePercent) {
    }

    /**
     * Reads the event's data.
     *
     * @throws IllegalArgumentException naming what is malformed (the consumer dead-letters such an event)
     */
    public static PaceFacts read(JsonNode data) {
        return new PaceFacts(
                list(data, "budgetChanges", n -> new BudgetChange(optionalDate(n.get("date")), amount(n, "amount"))),
                list(data, "dailySpending", n -> new DaySpending(date(n.get("date")), amount(n, "amount"))),
                list(data, "projects", PaceFacts::project),
                list(data, "notifiedRates", n -> new NotifiedRate(month(n), amount(n, "ratePercent"))));
    }

    /** The budget in force on {@code date}: the entries dated on or before it; null when there is none. */
    public BigDecimal budgetAt(LocalDate date) {
        return sumOrNull(budgetChanges.stream().filter(c -> c.date() == null || !c.date().isAfter(date))
                .map(BudgetChange::amount).toList());
    }

    /** What was spent through {@code date}; null when nothing is dated on or before it. */
    public BigDecimal executedAt(LocalDate date) {
        return sumOrNull(dailySpending.stream().filter(s -> !s.date().isAfter(date)).map(DaySpending::amount).toList());
    }

    private static BigDecimal sumOrNull(List<BigDecimal> amounts) {
        return amounts.isEmpty() ? null : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static ProjectSpending project(JsonNode node) {
        JsonNode months = node.path("monthlySpending");
        if (!months.isArray() || months.size() != 12) {
            throw new IllegalArgumentException("a project's monthlySpending must hold 12 amounts");
        }
        List<BigDecimal> spending = new ArrayList<>();
        months.forEach(month -> spending.add(decimal(month, "monthlySpending")));
        return new ProjectSpending(text(node, "code"), text(node, "name"), amount(node, "budget"), spending);
    }

    private static <T> List<T> list(JsonNode data, String field, Function<JsonNode, T> reader) {
        JsonNode array = data.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException("execution pace without the list '" + field + "'");
        }
        List<T> items = new ArrayList<>();
        array.forEach(item -> items.add(reader.apply(item)));
        return List.copyOf(items);
    }

    private static BigDecimal amount(JsonNode node, String field) {
        return decimal(node.get(field), field);
    }

    private static BigDecimal decimal(JsonNode value, String field) {
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("execution pace: '" + field + "' must be a number");
        }
        return value.decimalValue();
    }

    private static int month(JsonNode node) {
        JsonNode month = node.get("month");
        if (month == null || !month.canConvertToInt() || month.intValue() < 1 || month.intValue() > 12) {
            throw new IllegalArgumentException("execution pace: a notified rate's month must be 1 to 12");
        }
        return month.intValue();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("execution pace: '" + field + "' must be a text");
        }
        return value.asText();
    }

    private static LocalDate optionalDate(JsonNode value) {
        return value == null || value.isNull() ? null : date(value);
    }

    private static LocalDate date(JsonNode value) {
        try {
            if (value != null && value.isTextual()) {
                return LocalDate.parse(value.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("execution pace: a date must be written 2023-06-30");
    }
}
