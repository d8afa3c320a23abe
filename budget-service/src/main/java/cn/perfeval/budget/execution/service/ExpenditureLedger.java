package cn.perfeval.budget.execution.service;

import cn.perfeval.budget.execution.domain.Expenditure;
import cn.perfeval.budget.messaging.LedgerSums;
import cn.perfeval.budget.execution.domain.ExpenditureCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import cn.perfeval.budget.facts.SqlValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the expenditure ledger. The summary needs sums per category and project only, so the ledger hands the
 * calculator one line per (category, project) with the exact sum: the same totals, rates and project count as
 * the individual lines give, in memory bounded by the number of projects rather than by the number of lines. The
 * published snapshots read the sums per day as well, since the execution pace needs the day and the summary's
 * totals are the same from them: one query for both, bounded by days × projects.
 */
@ApplicationScoped
public class ExpenditureLedger implements LedgerSums {

    private final EntityManager entityManager;

    public ExpenditureLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Expenditure> sumsByCategoryAndProject(String dept, int year) {
        return sums(dept, year, "category, project_code", "MIN(spent_on)");
    }

    /**
     * One line per day, category and project with the exact sum, oldest first: when the money was spent, in at most
     * 366 lines per project and category however many lines the ledger holds.
     */
    @Override
    public List<Expenditure> sumsByDayCategoryAndProject(String dept, int year) {
        return sums(dept, year, "spent_on, category, project_code", "spent_on");
    }

    /** The ledger summed per {@code groupBy} (column names) in one aggregate query, each sum dated {@code date}. */
    private List<Expenditure> sums(String dept, int year, String groupBy, String date) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT category, project_code, " + date
                        + ", SUM(amount) FROM expenditure WHERE department_code = :dept AND fiscal_year = :year"
                        + " GROUP BY " + groupBy + " ORDER BY " + groupBy)
                .setParameter("dept", dept).setParameter("year", year).getResultList();
        return rows.stream().map(row -> {
            String category = (String) row[0];
            String project = (String) row[1];
            LocalDate spentOn = SqlValues.date(row[2]);
            return new Expenditure("sum:" + category + ":" + (project == null ? "" : project) + ":" + spentOn,
                    spentOn, (BigDecimal) row[3], ExpenditureCategory.valueOf(category), project);
        }).toList();
    }

    public long count(String dept, int year) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT COUNT(*) FROM expenditure WHERE department_code = :dept AND fiscal_year = :year")
                .setParameter("dept", dept).setParameter("year", year).getSingleResult()).longValue();
    }

    public List<ExpenditureView> page(String dept, int year, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT line_id, spent_on, amount, category, project_code FROM expenditure
                 WHERE department_code = :dept AND fiscal_year = :year ORDER BY line_id LIMIT :size OFFSET :offset
                """).setParameter("dept", dept).setParameter("year", year)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        return rows.stream().map(row -> new ExpenditureView((String) row[0], SqlValues.date(row[1]),
                ((BigDecimal) row[2]).stripTrailingZeros(), ExpenditureCategory.valueOf((String) row[3]),
                (String) row[4])).toList();
    }
}
