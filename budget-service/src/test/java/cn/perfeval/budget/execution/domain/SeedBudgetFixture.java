package cn.perfeval.budget.execution.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The 2023 case of 广州住房公积金管理中心 as an ERP would push it. The seed report gives only totals;
 * the line items here are invented so that they add up to them: 24 basic lines (12 months of
 * personnel 8,234.44 and public funds 623.75 = basic 8,858.19) and 63 lines over 30 projects
 * (12,663.89), in {@code domain/gz-hpf-2023-*.csv}; the initial budget 21,443.80 in three
 * appropriation lines and the mid-year increase 311.25 as +400.00 and −88.75.
 */
final class SeedBudgetFixture {

    static final String DEPARTMENT = "GZ-HPF";

    private SeedBudgetFixture() {
    }

    static BudgetExecutionFacts.Builder ledgerOnly() {
        return BudgetExecutionFacts.builder(DEPARTMENT, 2023)
                .appropriations(List.of(
                        new Appropriation("APP-01", FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("9012.46")),
                        new Appropriation("APP-02", FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("9431.34")),
                        new Appropriation("APP-03", FundSource.GOVERNMENT_FUND, new BigDecimal("3000.00"))))
                .adjustments(List.of(
                        new BudgetAdjustment("ADJ-01", LocalDate.of(2023, 6, 30), FundSource.GENERAL_PUBLIC_BUDGET,
                                new BigDecimal("400.00"), "预算追加批复（示例）"),
                        new BudgetAdjustment("ADJ-02", LocalDate.of(2023, 11, 15), FundSource.GENERAL_PUBLIC_BUDGET,
                                new BigDecimal("-88.75"), "预算调减批复（示例）")))
                .projects(projects())
                .expenditures(expenditures());
    }

    /** Everything the seed report states about 2023 besides the ledger. */
    static BudgetExecutionFacts.Builder seedFacts() {
        return ledgerOnly()
                .publicFundsBudget(new BigDecimal("653.47"))
                .threePublicExpenses(new ThreePublicExpenses(new BigDecimal("9.50"), new BigDecimal("9.49")))
                .carryOverBalances(List.of(
                        new CarryOverBalance(FundSource.GENERAL_PUBLIC_BUDGET, BigDecimal.ZERO, BigDecimal.ZERO),
                        new CarryOverBalance(FundSource.GOVERNMENT_FUND, BigDecimal.ZERO, BigDecimal.ZERO)))
                .bureauAverageExecutionRate(new BureauExecutionRate(new BigDecimal("95.40"),
                        "《广州市财政局关于2023年市本级部门预算单位支出进度情况的通报》"))
                .assets(new AssetFacts(
                        // The seed says only "90%以上"; 2,261.00 of 2,380.00 in use is invented.
                        new FixedAssets(new BigDecimal("2380.00"), new BigDecimal("2261.00")),
                        List.of(new DisposalIncome("DSP-01", new BigDecimal("6.28"), LocalDate.of(2023, 12, 20))),
                        true,
                        new AssetReportQuality(true, true, true)));
    }

    static List<BudgetProject> projects() {
        return read("gz-hpf-2023-projects.csv", cells -> new BudgetProject(cells[0], cells[1],
                ProjectRecurrence.valueOf(cells[2]), ProjectNovelty.valueOf(cells[3]), new BigDecimal(cells[4]),
                Boolean.parseBoolean(cells[5])));
    }

    static List<Expenditure> expenditures() {
        return read("gz-hpf-2023-expenditures.csv", cells -> new Expenditure(cells[0], LocalDate.parse(cells[1]),
                new BigDecimal(cells[2]), ExpenditureCategory.valueOf(cells[3]), cells[4]));
    }

    private static <T> List<T> read(String file, Function<String[], T> row) {
        InputStream csv = SeedBudgetFixture.class.getClassLoader().getResourceAsStream("domain/" + file);
        if (csv == null) {
            throw new IllegalStateException("domain/" + file + " missing from the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            // Header skipped; no cell contains a comma.
            return reader.lines().skip(1).map(line -> row.apply(line.split(",", -1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
