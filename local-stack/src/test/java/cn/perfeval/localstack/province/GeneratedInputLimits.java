package cn.perfeval.localstack.province;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.localstack.province.Budget.Expenditure;
import cn.perfeval.localstack.province.DepartmentYear.IndicatorRow;
import cn.perfeval.localstack.province.DepartmentYear.Judgement;
import cn.perfeval.localstack.province.Procurement.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The limits the services put on what a department-year's requests hold (platform TextLimits and
 * PathParameterChecks, the request records' constraints and budget-service's checks), restated for the generator's
 * test: the services are not on this module's test classpath. The end-to-end ProvinceIT has the services accept it.
 */
final class GeneratedInputLimits {

    static final int NAME = 200;
    static final int TEXT = 2_000;
    static final int NARRATIVE = 20_000;
    static final int ITEMS = 500;
    static final int TEXT_ITEMS = 20;
    static final String CODE = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._/#:()（）-]*";
    /** The scheme's maximum of each judged item (demo-data/GZHPF-2023/expected-scorecard.csv). */
    static final Map<String, BigDecimal> ITEM_MAX = Map.of("financial-compliance", BigDecimal.valueOf(2),
            "budget-disclosure", BigDecimal.valueOf(2), "performance-disclosure", BigDecimal.valueOf(2),
            "performance-system", BigDecimal.valueOf(5), "result-application", BigDecimal.valueOf(3),
            "system-execution", BigDecimal.valueOf(7), "procurement-internal-control", BigDecimal.ONE,
            "asset-allocation-compliance", BigDecimal.valueOf(2), "asset-data-quality", BigDecimal.valueOf(2),
            "asset-management-compliance", BigDecimal.valueOf(2));

    private GeneratedInputLimits() {
    }

    static void check(DepartmentYear y) {
        assertThat(y.code()).matches("[A-Z0-9_-]{2,32}");
        assertThat(y.year()).isBetween(2000, 2100);
        singleLine(y.department().name());
        assertThat(y.department().functions()).hasSizeLessThanOrEqualTo(NARRATIVE);
        assertThat(y.goals().keyTasks()).hasSizeLessThanOrEqualTo(TEXT_ITEMS);
        Stream.concat(Stream.of(y.goals().overallGoal()), y.goals().keyTasks().stream()
                .flatMap(t -> Stream.of(t.task(), t.goal()))).forEach(text -> assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(TEXT));
        indicators(y.indicators());
        judgements(y.judgements());
        y.narrative().forEach((key, text) -> assertThat(key).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        y.narrative().values().forEach(text -> assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(NARRATIVE));
        budget(y.year(), y.budget());
        procurement(y.year(), y.procurement());
    }

    private static void indicators(List<IndicatorRow> rows) {
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(ITEMS);
        assertThat(rows.stream().map(IndicatorRow::name).collect(Collectors.toSet())).hasSameSizeAs(rows);
        for (IndicatorRow row : rows) {
            Stream.of(row.level1(), row.level2(), row.name(), row.periodTarget(), row.annualTarget(), row.actual())
                    .forEach(GeneratedInputLimits::singleLine);
            assertThat(row.level1()).isIn("产出指标", "效益指标", "满意度指标");
            assertThat(row.actual()).matches("\\d+(\\.\\d{1,2})?(%|工作日|万件|万人|次|人次|个|户|万平方米|亿元|)");
            ProvinceGeneratorTest.met(row);
            if (row.calculationNote() != null) {
                assertThat(row.calculationNote()).hasSizeLessThanOrEqualTo(TEXT);
            }
        }
    }

    private static void judgements(List<Judgement> judgements) {
        assertThat(judgements).extracting(Judgement::item).containsExactlyInAnyOrderElementsOf(ITEM_MAX.keySet());
        for (Judgement judgement : judgements) {
            assertThat(judgement.points()).isBetween(BigDecimal.ZERO, ITEM_MAX.get(judgement.item()));
            assertThat(judgement.text()).isNotBlank().hasSizeLessThanOrEqualTo(TEXT);
            singleLine(judgement.evidenceDocument());
        }
    }

    private static void budget(int year, Budget budget) {
        Set<String> projects = budget.projects().stream().map(Budget.Project::code).collect(Collectors.toSet());
        assertThat(projects).hasSameSizeAs(budget.projects()).allMatch(GeneratedInputLimits::isCode);
        assertThat(budget.projects().stream().map(Budget.Project::name).distinct()).hasSameSizeAs(projects);
        budget.projects().forEach(p -> {
            singleLine(p.name());
            amount(p.budgetAmount());
        });
        assertThat(budget.expenditures()).hasSizeLessThanOrEqualTo(ITEMS);
        assertThat(budget.expenditures().stream().map(Expenditure::lineId).collect(Collectors.toSet()))
                .hasSameSizeAs(budget.expenditures()).allMatch(GeneratedInputLimits::isCode);
        for (Expenditure line : budget.expenditures()) {
            assertThat(line.amount()).isPositive();
            inYear(line.date(), year);
            assertThat(line.projectCode() == null ? line.category().startsWith("BASIC") : projects.contains(line.projectCode())).isTrue();
        }
        budget.appropriations().forEach(a -> amount(a.amount()));
        budget.adjustments().forEach(a -> inYear(a.date(), year));
        budget.carryOver().forEach(c -> Stream.of(c.opening(), c.closing()).forEach(GeneratedInputLimits::amount));
        Budget.FixedAssets fixed = budget.assets().fixedAssets();
        assertThat(fixed.total()).isPositive();
        assertThat(fixed.inUse()).isBetween(BigDecimal.ZERO, fixed.total());
        budget.assets().disposalIncome().stream().filter(d -> d.remittedOn() != null).forEach(d -> inYear(d.remittedOn(), year));
        Stream.of(budget.threePublic().budgeted(), budget.threePublic().actual(), budget.publicFundsBudget().budgeted(),
                budget.bureauExecutionRate().ratePercent()).forEach(GeneratedInputLimits::amount);
    }

    private static void procurement(int year, Procurement procurement) {
        assertThat(procurement.contracts()).isNotEmpty().hasSizeLessThanOrEqualTo(ITEMS);
        procurement.intentions().forEach(i -> {
            inYear(i.procurementStartsOn(), year);
            inYear(i.disclosedOn(), year);
            singleLine(i.name());
        });
        procurement.awardNotices().forEach(n -> inYear(n.issuedOn(), year));
        for (Contract contract : procurement.contracts()) {
            assertThat(Stream.of(contract.contractId(), contract.projectCode(), contract.awardNoticeId())).allMatch(GeneratedInputLimits::isCode);
            assertThat(procurement.awardNotices()).anyMatch(n -> n.noticeId().equals(contract.awardNoticeId()));
            assertThat(LocalDate.parse(contract.filedOn())).isAfterOrEqualTo(contract.signedOn());
            assertThat(LocalDate.parse(contract.signedOn()).getYear()).isBetween(year, year + 1);
            assertThat(contract.smeAmount()).isBetween(BigDecimal.ZERO, contract.amount());
        }
        amount(procurement.smeReservation().reservedAmount());
        amount(procurement.smeReservation().awardedAmount());
    }

    private static boolean isCode(String id) {
        return id.length() <= 64 && id.matches(CODE);
    }

    private static void singleLine(String text) {
        assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(NAME).doesNotContain("\n", "\r");
    }

    private static void amount(BigDecimal amount) {
        assertThat(amount).isNotNegative();
        assertThat(amount.scale()).isLessThanOrEqualTo(2);
    }

    private static void inYear(String date, int year) {
        assertThat(LocalDate.parse(date).getYear()).isEqualTo(year);
    }
}
