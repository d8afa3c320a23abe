package cn.perfeval.budget.execution.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rejected input names the line and field an ERP must fix. */
class BudgetExecutionFactsTest {

    private static void assertRejected(Executable build, String field) {
        assertThatThrownBy(build::execute)
                .isInstanceOfSatisfying(InvalidBudgetDataException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static BudgetExecutionFacts seedWithExtraExpenditure(Expenditure extra) {
        List<Expenditure> lines = new ArrayList<>(SeedBudgetFixture.expenditures());
        lines.add(extra);
        return SeedBudgetFixture.ledgerOnly().expenditures(lines).build();
    }

    @Test
    void negativeExpenditure() {
        assertRejected(() -> new Expenditure("EXP-9", LocalDate.of(2023, 5, 1), new BigDecimal("-1.00"),
                ExpenditureCategory.BASIC_PERSONNEL, null), "expenditures[EXP-9].amount");
    }

    @Test
    void negativeAppropriation() {
        assertRejected(() -> new Appropriation("APP-9", FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("-0.01")),
                "appropriations[APP-9].amount");
    }

    @Test
    void negativeAdjustmentIsAllowedButNeedsItsDocument() {
        BudgetAdjustment cut = new BudgetAdjustment("ADJ-9", LocalDate.of(2023, 9, 1),
                FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("-10.00"), "调减批复");

        assertThat(cut.amount()).isNegative();
        assertRejected(() -> new BudgetAdjustment("ADJ-9", LocalDate.of(2023, 9, 1),
                FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("-10.00"), " "), "adjustments[ADJ-9].document");
    }

    @Test
    void expenditureDatedOutsideTheFiscalYear() {
        Expenditure january = new Expenditure("EXP-LATE", LocalDate.of(2024, 1, 5), new BigDecimal("1.00"),
                ExpenditureCategory.BASIC_PUBLIC_FUNDS, null);

        assertRejected(() -> seedWithExtraExpenditure(january), "expenditures[EXP-LATE].date");
    }

    @Test
    void adjustmentDatedOutsideTheFiscalYear() {
        assertRejected(() -> BudgetExecutionFacts.builder("D", 2023)
                .adjustments(List.of(new BudgetAdjustment("ADJ-X", LocalDate.of(2022, 12, 31),
                        FundSource.GENERAL_PUBLIC_BUDGET, BigDecimal.ONE, "doc")))
                .build(), "adjustments[ADJ-X].date");
    }

    @Test
    void expenditureForAnUnknownProject() {
        Expenditure stray = new Expenditure("EXP-STRAY", LocalDate.of(2023, 8, 1), new BigDecimal("5.00"),
                ExpenditureCategory.PROJECT, "P2023-99");

        assertRejected(() -> seedWithExtraExpenditure(stray), "expenditures[EXP-STRAY].projectCode");
    }

    @Test
    void projectExpenditureWithoutProjectAndBasicExpenditureWithOne() {
        assertRejected(() -> new Expenditure("EXP-A", LocalDate.of(2023, 8, 1), BigDecimal.ONE,
                ExpenditureCategory.PROJECT, " "), "expenditures[EXP-A].projectCode");
        assertRejected(() -> new Expenditure("EXP-B", LocalDate.of(2023, 8, 1), BigDecimal.ONE,
                ExpenditureCategory.BASIC_PERSONNEL, "P2023-01"), "expenditures[EXP-B].projectCode");
    }

    @Test
    void aLineIdGivenTwice() {
        Expenditure duplicate = SeedBudgetFixture.expenditures().get(0);

        assertRejected(() -> seedWithExtraExpenditure(duplicate), "expenditures[" + duplicate.lineId() + "]");
    }

    @Test
    void aMonthGivenTwiceOrOutOfRange() {
        assertRejected(() -> new MonthlyExecutionRate(13, BigDecimal.TEN), "monthlyExecution[13].month");
        assertRejected(() -> BudgetExecutionFacts.builder("D", 2023)
                .monthlyExecution(List.of(new MonthlyExecutionRate(3, BigDecimal.TEN),
                        new MonthlyExecutionRate(3, BigDecimal.ONE)))
                .build(), "monthlyExecution[3]");
    }

    @Test
    void fixedAssetsInUseCannotExceedTheTotal() {
        assertRejected(() -> new FixedAssets(new BigDecimal("100"), new BigDecimal("100.01")), "fixedAssets.inUse");
    }

    @Test
    void publicFundsBudgetMustBePositive() {
        assertRejected(() -> BudgetExecutionFacts.builder("D", 2023).publicFundsBudget(BigDecimal.ZERO).build(),
                "publicFundsBudget");
    }

    @Test
    void threePublicExpensesCannotBeNegative() {
        assertRejected(() -> new ThreePublicExpenses(new BigDecimal("9.50"), new BigDecimal("-1")),
                "threePublicExpenses.actual");
    }

    @Test
    void aMissingFlagOrMonthIsAnErrorNotFalseOrZero() {
        assertRejected(() -> new BudgetProject("P-1", "项目", ProjectRecurrence.RECURRING, ProjectNovelty.NEW,
                new BigDecimal("3000"), null), "projects[P-1].exAnteEvaluationDone");
        assertRejected(() -> new AssetReportQuality(true, null, true), "reportQuality.accurate");
        assertRejected(() -> new MonthlyExecutionRate(null, BigDecimal.TEN), "monthlyExecution[].month");
    }
}
