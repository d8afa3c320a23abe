package cn.perfeval.localstack.province;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department-year's budget as its ERP sends it to budget-service (amounts in 万元, dates ISO): the records of
 * demo-data/GZHPF-2023/budget/, field for field.
 */
public record Budget(List<Appropriation> appropriations, List<Adjustment> adjustments, List<Project> projects,
        List<Expenditure> expenditures, DeclaredTotals declaredTotals, List<CarryOver> carryOver,
        PublicFundsBudget publicFundsBudget, ThreePublic threePublic, BureauRate bureauExecutionRate, Assets assets) {

    /** What the ledger's lines refer to, so sent before it: resource name under {@code …/budget/} → body. */
    public Map<String, Object> beforeLedger() {
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("appropriations", appropriations);
        resources.put("adjustments", adjustments);
        resources.put("projects", projects);
        return resources;
    }

    /** The rest, sent after the ledger; assets last, as the demo loader sends them (an input the scorecard requires). */
    public Map<String, Object> afterLedger() {
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("declared-totals", declaredTotals);
        resources.put("carry-over", carryOver);
        resources.put("public-funds-budget", publicFundsBudget);
        resources.put("three-public", threePublic);
        resources.put("bureau-execution-rate", bureauExecutionRate);
        resources.put("assets", assets);
        return resources;
    }

    /** The ledger as the ERP exports it: the CSV budget-service's expenditure push reads. */
    public String expendituresCsv() {
        StringBuilder csv = new StringBuilder("lineId,date,amount,category,projectCode\n");
        for (Expenditure line : expenditures) {
            csv.append(line.lineId()).append(',').append(line.date()).append(',').append(line.amount().toPlainString())
                    .append(',').append(line.category()).append(',')
                    .append(line.projectCode() == null ? "" : line.projectCode()).append('\n');
        }
        return csv.toString();
    }

    public BigDecimal annualBudget() {
        return declaredTotals.annualBudget();
    }

    public record Appropriation(String lineId, String source, BigDecimal amount) {
    }

    public record Adjustment(String lineId, String date, String source, BigDecimal amount, String document) {
    }

    public record Project(String code, String name, String recurrence, String novelty, BigDecimal budgetAmount,
            boolean exAnteEvaluationDone) {
    }

    /** One ERP ledger line; {@code projectCode} only for a PROJECT line. */
    public record Expenditure(String lineId, String date, BigDecimal amount, String category, String projectCode) {
    }

    public record DeclaredTotals(String source, BigDecimal annualBudget, BigDecimal spent) {
    }

    public record CarryOver(String source, BigDecimal opening, BigDecimal closing) {
    }

    public record PublicFundsBudget(BigDecimal budgeted, String document) {
    }

    public record ThreePublic(BigDecimal budgeted, BigDecimal actual) {
    }

    public record BureauRate(BigDecimal ratePercent, String sourceDocument) {
    }

    public record Assets(FixedAssets fixedAssets, List<DisposalIncome> disposalIncome, List<Inventory> inventories,
            ReportQuality reportQuality) {
    }

    public record FixedAssets(BigDecimal total, BigDecimal inUse) {
    }

    /** {@code remittedOn} null: not remitted (yet). */
    public record DisposalIncome(String lineId, BigDecimal amount, String remittedOn) {
    }

    public record Inventory(String id, String completedOn, String report) {
    }

    public record ReportQuality(boolean complete, boolean accurate, boolean accountsReconciled) {
    }
}
