package cn.perfeval.budget.execution.service;

import cn.perfeval.budget.execution.domain.Expenditure;
import cn.perfeval.budget.execution.domain.ExpenditureCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import cn.perfeval.budget.facts.SqlValues;
import java.util.List;

/**
 * Reads the expenditure ledger. The summary needs sums per category and project only, so the ledger hands the
 * calculator one line per (category, project) with the exact sum: the same totals, rates and project count as
 * the individual lines give, in memory bounded by the number of projects rather than by the number of lines.
 */
@ApplicationScoped
public class ExpenditureLedger {

    private final EntityManager entityManager;

    public ExpenditureLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Expenditure> sumsByCategoryAndProject(String dept, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT category, project_code, MIN(spent_on), SUM(amount) FROM expenditure
                 WHERE department_code = :dept AND fiscal_year = :year
                 GROUP BY category, project_code ORDER BY category, project_code
                """).setParameter("dept", dept).setParameter("year", year).getResultList();
        return rows.stream().map(row -> {
            String category = (String) row[0];
            String project = (String) row[1];
            return new Expenditure("sum:" + category + ":" + (project == null ? "" : project),
                    SqlValues.date(row[2]), (BigDecimal) row[3], ExpenditureCategory.valueOf(category), project);
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
