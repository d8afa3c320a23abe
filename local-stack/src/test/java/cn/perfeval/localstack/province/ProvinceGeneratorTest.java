package cn.perfeval.localstack.province;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.localstack.province.Budget.Expenditure;
import cn.perfeval.localstack.province.DepartmentYear.IndicatorRow;
import cn.perfeval.localstack.province.Procurement.Contract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generator's pure logic: the same seed gives the same province, and the province varies as real ones do. */
class ProvinceGeneratorTest {

    private static final ProvinceGenerator PROVINCE = new ProvinceGenerator(18);
    private static final List<DepartmentYear> SAMPLE = PROVINCE.departmentYears(600).toList();
    /** A written indicator value: comparator, number, unit (indicator-service's MeasuredValueParser reads these). */
    private static final Pattern VALUE = Pattern.compile("(≥|＞|≤)?(\\d+(?:\\.\\d{1,2})?)(.*)");

    @Test
    void theSameSeedAndIndexGiveTheSameDepartmentYearAlone() {
        DepartmentYear alone = new ProvinceGenerator(18).departmentYear(457);
        assertThat(alone).isEqualTo(SAMPLE.get(457));
        assertThat(new ProvinceGenerator(19).departmentYear(457)).isNotEqualTo(alone);
    }

    @Test
    void aDepartmentKeepsItsCodeAndNameAcrossItsYears() {
        DepartmentYear first = SAMPLE.get(30);
        List<DepartmentYear> years = SAMPLE.subList(30, 33);
        assertThat(years).extracting(DepartmentYear::year).containsExactlyElementsOf(ProvinceGenerator.YEARS);
        assertThat(years).extracting(DepartmentYear::code).containsOnly(first.code());
        assertThat(years).extracting(y -> y.department().name()).containsOnly(first.department().name());
    }

    @Test
    void codesAndNamesAreDistinctForTenThousandDepartments() {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        IntStream.range(0, 10_000).forEach(d -> {
            codes.add(DepartmentNames.code(d));
            names.add(DepartmentNames.name(d));
        });
        assertThat(codes).hasSize(10_000).allMatch(code -> code.matches("[A-Z0-9_-]{2,32}"));
        assertThat(names).hasSize(10_000);
    }

    @Test
    void indicatorsAreMetAndMissedAndDepartmentsDifferInHowOften() {
        List<Double> shares = SAMPLE.stream().map(ProvinceGeneratorTest::shareMet).toList();
        assertThat(shares).contains(1.0);
        assertThat(shares.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThan(0.5);
        double overall = shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(overall).isBetween(0.6, 0.9);
    }

    @Test
    void procurementActsAreLateAndOnTime() {
        List<Contract> contracts = SAMPLE.stream().flatMap(y -> y.procurement().contracts().stream()).toList();
        List<Long> signing = signingDelays();
        long lateSigning = signing.stream().filter(days -> days > 30).count();
        long lateFiling = contracts.stream().filter(c -> days(c.signedOn(), c.filedOn()) > 10).count();
        assertThat(lateSigning).isBetween(contracts.size() / 10L, contracts.size() / 3L);
        assertThat(lateFiling).isBetween(contracts.size() / 20L, contracts.size() / 4L);
        assertThat(signing).allMatch(days -> days >= 3 && days <= 25 || days >= 40);
        long lateIntentions = SAMPLE.stream().flatMap(y -> y.procurement().intentions().stream())
                .filter(i -> days(i.disclosedOn(), i.procurementStartsOn()) < 30).count();
        assertThat(lateIntentions).isPositive();
        assertThat(SAMPLE).anyMatch(y -> !y.procurement().complaints().isEmpty());
    }

    @Test
    void executionRatesAndBudgetsSpreadLikeAProvincesDo() {
        List<BigDecimal> rates = SAMPLE.stream().map(ProvinceGeneratorTest::executionRate).toList();
        assertThat(rates.stream().min(BigDecimal::compareTo).orElseThrow()).isLessThan(new BigDecimal("0.85"));
        assertThat(rates.stream().max(BigDecimal::compareTo).orElseThrow()).isGreaterThan(new BigDecimal("0.97"));
        assertThat(rates).allMatch(rate -> rate.compareTo(BigDecimal.ONE) <= 0);
        List<BigDecimal> budgets = SAMPLE.stream().map(y -> y.budget().annualBudget()).toList();
        assertThat(budgets.stream().min(BigDecimal::compareTo).orElseThrow()).isLessThan(new BigDecimal("2000"));
        assertThat(budgets.stream().max(BigDecimal::compareTo).orElseThrow()).isGreaterThan(new BigDecimal("30000"));
        assertThat(SAMPLE).anyMatch(y -> y.budget().threePublic().actual().compareTo(y.budget().threePublic().budgeted()) > 0);
        assertThat(SAMPLE).anyMatch(y -> y.budget().projects().stream().anyMatch(p -> !p.exAnteEvaluationDone()));
        assertThat(SAMPLE).anyMatch(y -> y.judgements().stream().anyMatch(j -> j.points().stripTrailingZeros().scale() > 0));
    }

    @Test
    void everyDepartmentYearIsWithinTheServicesLimits() {
        SAMPLE.forEach(GeneratedInputLimits::check);
    }

    @Test
    void theLedgerAddsUpToWhatIsDeclared() {
        for (DepartmentYear y : SAMPLE) {
            Budget budget = y.budget();
            BigDecimal ledger = budget.expenditures().stream().map(Expenditure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(ledger).isEqualByComparingTo(budget.declaredTotals().spent());
            BigDecimal appropriated = budget.appropriations().stream().map(Budget.Appropriation::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal adjusted = budget.adjustments().stream().map(Budget.Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(appropriated.add(adjusted)).isEqualByComparingTo(budget.annualBudget());
            assertThat(budget.expendituresCsv().lines().count()).isEqualTo(budget.expenditures().size() + 1L);
        }
    }

    private static double shareMet(DepartmentYear year) {
        return year.indicators().stream().filter(ProvinceGeneratorTest::met).count() / (double) year.indicators().size();
    }

    static boolean met(IndicatorRow row) {
        Matcher target = VALUE.matcher(row.annualTarget());
        Matcher actual = VALUE.matcher(row.actual());
        assertThat(target.matches() && actual.matches()).as(row.toString()).isTrue();
        int order = new BigDecimal(actual.group(2)).compareTo(new BigDecimal(target.group(2)));
        return switch (target.group(1)) {
            case "≥" -> order >= 0;
            case "＞" -> order > 0;
            default -> order <= 0;
        };
    }

    private static BigDecimal executionRate(DepartmentYear year) {
        return year.budget().declaredTotals().spent().divide(year.budget().annualBudget(), 4, RoundingMode.HALF_UP);
    }

    /** Days from each contract's award notice to its signing, over the sample. */
    private static List<Long> signingDelays() {
        return SAMPLE.stream().flatMap(y -> y.procurement().contracts().stream().map(contract -> days(
                y.procurement().awardNotices().stream().filter(n -> n.noticeId().equals(contract.awardNoticeId()))
                        .findFirst().orElseThrow().issuedOn(), contract.signedOn()))).toList();
    }

    private static long days(String from, String to) {
        return ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to));
    }
}
