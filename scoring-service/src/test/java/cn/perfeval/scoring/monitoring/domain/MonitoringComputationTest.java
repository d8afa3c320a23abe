package cn.perfeval.scoring.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Rounds computed by hand (docs/monitoring.md "The computation"): every expected figure below is worked out in the
 * comment beside it, not by the code under test.
 */
class MonitoringComputationTest {

    private static final LocalDate JULY_31 = LocalDate.of(2023, 7, 31);
    private static final Thresholds GUANGZHOU = thresholds(Map.of());

    /** Appropriation 21443.80 from 1 January, adjustment +311.25 on 30 June; 738.18 spent in January, 9502.32 in July. */
    private static final PaceFacts PACE = new PaceFacts(
            List.of(new PaceFacts.BudgetChange(null, d("21443.80")),
                    new PaceFacts.BudgetChange(LocalDate.of(2023, 6, 30), d("311.25"))),
            List.of(new PaceFacts.DaySpending(LocalDate.of(2023, 1, 25), d("738.18")),
                    new PaceFacts.DaySpending(LocalDate.of(2023, 7, 20), d("9502.32")),
                    new PaceFacts.DaySpending(LocalDate.of(2023, 8, 5), d("500.00"))),
            List.of(new PaceFacts.ProjectSpending("P2023-01", "公共租赁住房建设资金", d("3742.11"),
                    months("0", "100", "200", "300", "200", "200", "200", "100"))),
            List.of(new PaceFacts.NotifiedRate(6, d("45.10")), new PaceFacts.NotifiedRate(8, d("50.00"))));

    /** ≥4.48万笔, 2.10万笔 reported at 30 June. */
    private static final MonitoredIndicator LOANS = quantitative("loans", 1, "GE", "≥4.48万笔", "44800", "笔",
            new ProgressEntry(LocalDate.of(2023, 6, 30), "2.10万笔", d("21000")));
    /** ≤1.5% (lower is better), 1.8% at 31 July. */
    private static final MonitoredIndicator OVERDUE = quantitative("overdue", 2, "LE", "≤1.5%", "1.5", "%",
            new ProgressEntry(JULY_31, "1.8%", d("1.8")));
    /** ≥95% (a rate), 92% at 31 July. */
    private static final MonitoredIndicator COLLECTION = quantitative("collection", 3, "GE", "≥95%", "95", "%",
            new ProgressEntry(JULY_31, "92%", d("92")));
    private static final MonitoredIndicator SERVICE = new MonitoredIndicator("service", 4, "OUTPUT", "产出指标", "质量指标",
            "服务规范化水平", "QUALITATIVE", "显著提升", null, null, null, null, List.of());

    @Test
    void timeProgressIsTheShareOfTheYearGoneBy() {
        assertThat(TimeProgress.percentAt(JULY_31)).isEqualByComparingTo("58.33");          // (6 + 31/31) / 12 = 58.333
        assertThat(TimeProgress.percentAt(LocalDate.of(2023, 6, 30))).isEqualByComparingTo("50.00");
        assertThat(TimeProgress.percentAt(LocalDate.of(2023, 2, 15))).isEqualByComparingTo("12.80"); // (1 + 15/28) / 12 = 12.797
        assertThat(TimeProgress.percentAt(LocalDate.of(2023, 12, 31))).isEqualByComparingTo("100.00");
    }

    @Test
    void theDepartmentsPaceIsExactToTheDayAndRedWhenMoreThanTenPointsBehind() {
        BudgetPace.Department department = round(JULY_31, GUANGZHOU, PACE, List.of(), Map.of()).budgetPace().department();
        assertThat(department.budget()).isEqualByComparingTo("21755.05");     // 21443.80 + 311.25
        assertThat(department.executed()).isEqualByComparingTo("10240.50");   // 738.18 + 9502.32; August's left out
        assertThat(department.ratePercent()).isEqualByComparingTo("47.07");   // 10240.50 / 21755.05 = 47.0719 %
        assertThat(department.expectedPercent()).isEqualByComparingTo("58.33");
        assertThat(department.behindPoints()).isEqualByComparingTo("11.26");  // 58.33 − 47.07
        assertThat(department.light()).isEqualTo(Light.RED);                 // 11.26 > 10
    }

    @Test
    void eachMonthEndShowsTheCumulativeRateAndTheNotifiedRatesUpToTheRound() {
        BudgetPace pace = round(JULY_31, GUANGZHOU, PACE, List.of(), Map.of()).budgetPace();
        assertThat(pace.months()).hasSize(7);
        BudgetPace.Month january = pace.months().get(0);
        assertThat(january.executed()).isEqualByComparingTo("738.18");
        assertThat(january.budget()).isEqualByComparingTo("21443.80");
        assertThat(january.ratePercent()).isEqualByComparingTo("3.44");       // 738.18 / 21443.80 = 3.4424 %
        assertThat(january.expectedPercent()).isEqualByComparingTo("8.33");   // 1 / 12
        BudgetPace.Month june = pace.months().get(5);
        assertThat(june.budget()).isEqualByComparingTo("21755.05");           // the adjustment is in force on 30 June
        assertThat(june.ratePercent()).isEqualByComparingTo("3.39");          // 738.18 / 21755.05 = 3.3931 %
        assertThat(pace.notifiedRates()).extracting(PaceFacts.NotifiedRate::month).containsExactly(6);
    }

    @Test
    void aLaggingProjectCountsItsSpendingThroughTheLastFullMonth() {
        BudgetPace.Project atMonthEnd = round(JULY_31, GUANGZHOU, PACE, List.of(), Map.of()).budgetPace().projects().get(0);
        assertThat(atMonthEnd.throughMonth()).isEqualTo(7);
        assertThat(atMonthEnd.executed()).isEqualByComparingTo("1200");        // 0+100+200+300+200+200+200
        assertThat(atMonthEnd.ratePercent()).isEqualByComparingTo("32.07");   // 1200 / 3742.11 = 32.0674 %
        assertThat(atMonthEnd.behindPoints()).isEqualByComparingTo("26.26");  // 58.33 − 32.07
        assertThat(atMonthEnd.light()).isEqualTo(Light.RED);
        assertThat(atMonthEnd.lagging()).isTrue();

        BudgetPace.Project midMonth = round(LocalDate.of(2023, 7, 15), GUANGZHOU, PACE, List.of(), Map.of())
                .budgetPace().projects().get(0);
        assertThat(midMonth.throughMonth()).isEqualTo(6);
        assertThat(midMonth.executed()).isEqualByComparingTo("1000");          // July's 200 not yet counted
        assertThat(midMonth.ratePercent()).isEqualByComparingTo("26.72");     // 1000 / 3742.11 = 26.7229 %
        assertThat(midMonth.expectedPercent()).isEqualByComparingTo("50.00"); // the end of June
    }

    @Test
    void aMonthlyTargetReplacesTimeProgressOnlyAtItsMonthsEnd() {
        Thresholds targets = thresholds(Map.of(6, d("45"), 7, d("55")));
        BudgetPace.Department july31 = round(JULY_31, targets, PACE, List.of(), Map.of()).budgetPace().department();
        assertThat(july31.expectedPercent()).isEqualByComparingTo("55.00");
        assertThat(july31.behindPoints()).isEqualByComparingTo("7.93");      // 55 − 47.07
        assertThat(july31.light()).isEqualTo(Light.YELLOW);                   // 0 < 7.93 ≤ 10

        RoundContent july15 = round(LocalDate.of(2023, 7, 15), targets, PACE, List.of(), Map.of());
        assertThat(july15.budgetPace().department().expectedPercent()).isEqualByComparingTo("54.03"); // (6 + 15/31) / 12
        assertThat(july15.budgetPace().projects().get(0).expectedPercent()).isEqualByComparingTo("45.00"); // June's target
    }

    @Test
    void anAccumulatingIndicatorIsExpectedToHaveGrownWithTimeAndItsForecastExtrapolates() {
        IndicatorLight loans = round(JULY_31, GUANGZHOU, PACE, List.of(LOANS), Map.of()).indicators().get(0);
        assertThat(loans.progress()).isEqualTo(new IndicatorLight.Progress(LocalDate.of(2023, 6, 30), "2.10万笔"));
        assertThat(loans.progressPercent()).isEqualByComparingTo("46.88");     // 21000 / 44800 = 46.875 %
        assertThat(loans.expectedPercent()).isEqualByComparingTo("58.33");
        assertThat(loans.behindPoints()).isEqualByComparingTo("11.45");        // 58.33 − 46.88
        assertThat(loans.light()).isEqualTo(Light.YELLOW);                     // 5 < 11.45 ≤ 15
        assertThat(loans.forecast()).isEqualTo(new Forecast("3.60万笔", Forecast.Source.COMPUTED)); // 21000 / 58.33 % = 36001.37
    }

    @Test
    void aLowerIsBetterRateDividesTheTargetByTheValueAndIsExpectedInFullAtAnyDate() {
        IndicatorLight overdue = round(JULY_31, GUANGZHOU, PACE, List.of(OVERDUE), Map.of()).indicators().get(0);
        assertThat(overdue.progressPercent()).isEqualByComparingTo("83.33");   // 1.5 / 1.8 = 83.333 %
        assertThat(overdue.expectedPercent()).isEqualByComparingTo("100.00");
        assertThat(overdue.behindPoints()).isEqualByComparingTo("16.67");
        assertThat(overdue.light()).isEqualTo(Light.RED);                      // 16.67 > 15
        assertThat(overdue.forecast()).isEqualTo(new Forecast("1.8%", Forecast.Source.COMPUTED)); // a rate as it stands
    }

    @Test
    void theJudgementRedsOrYellowsWhatTheFiguresShowGreen() {
        IndicatorLight byFigures = round(JULY_31, GUANGZHOU, PACE, List.of(COLLECTION), Map.of()).indicators().get(0);
        assertThat(byFigures.progressPercent()).isEqualByComparingTo("96.84"); // 92 / 95 = 96.842 %
        assertThat(byFigures.behindPoints()).isEqualByComparingTo("3.16");
        assertThat(byFigures.light()).isEqualTo(Light.GREEN);                  // 3.16 ≤ 5

        assertThat(lightOf(COLLECTION, Judgement.MAY_MEET)).isEqualTo(Light.YELLOW);
        assertThat(lightOf(COLLECTION, Judgement.CANNOT_MEET)).isEqualTo(Light.RED);
        assertThat(lightOf(COLLECTION, Judgement.WILL_MEET)).isEqualTo(Light.GREEN);
        assertThat(lightOf(LOANS, Judgement.MAY_MEET)).isEqualTo(Light.YELLOW);  // already yellow by its figures
    }

    @Test
    void aDepartmentsForecastIsShownAsWritten() {
        Assessment assessment = new Assessment(Judgement.MAY_MEET, "4.60万笔", null, List.of());
        IndicatorLight loans = round(JULY_31, GUANGZHOU, PACE, List.of(LOANS), Map.of("indicator/loans", assessment))
                .indicators().get(0);
        assertThat(loans.forecast()).isEqualTo(new Forecast("4.60万笔", Forecast.Source.DEPARTMENT));
        assertThat(loans.judgementLabel()).isEqualTo("可能完成");
    }

    @Test
    void aQualitativeIndicatorsLightIsItsJudgement() {
        RoundContent unjudged = round(JULY_31, GUANGZHOU, PACE, List.of(SERVICE), Map.of());
        assertThat(unjudged.indicators().get(0).light()).isEqualTo(Light.NONE);
        assertThat(unjudged.indicators().get(0).progressPercent()).isNull();
        assertThat(unjudged.missingInputs()).containsExactly(new MissingInput("judgement", "indicator", "service",
                "定性指标“服务规范化水平”尚未判断能否完成年度目标"));

        assertThat(lightOf(SERVICE, Judgement.WILL_MEET)).isEqualTo(Light.GREEN);
        assertThat(lightOf(SERVICE, Judgement.MAY_MEET)).isEqualTo(Light.YELLOW);
        assertThat(lightOf(SERVICE, Judgement.CANNOT_MEET)).isEqualTo(Light.RED);
    }

    @Test
    void missingInputsAreListedTheirFiguresNullAndTheirLightsNone() {
        MonitoredIndicator reportedLater = quantitative("later", 5, "GE", "≥100件", "100", "件",
                new ProgressEntry(LocalDate.of(2023, 8, 31), "80件", d("80")));
        RoundContent round = round(JULY_31, GUANGZHOU, null, List.of(reportedLater), Map.of());

        assertThat(round.missingInputs()).extracting(MissingInput::input).containsExactly("budget", "spending", "progress");
        assertThat(round.missingInputs().get(2).recordId()).isEqualTo("later");
        assertThat(round.budgetPace().department().ratePercent()).isNull();
        assertThat(round.budgetPace().department().light()).isEqualTo(Light.NONE);
        assertThat(round.indicators().get(0).progressPercent()).isNull();
        assertThat(round.indicators().get(0).light()).isEqualTo(Light.NONE);
        assertThat(round.lightCounts()).containsExactlyEntriesOf(counts(0, 0, 0, 2));
    }

    @Test
    void aRoundAtTheYearsEndWithoutProgressUsesTheActual() {
        MonitoredIndicator reported = new MonitoredIndicator("loans", 1, "OUTPUT", "产出指标", "数量指标", "贷款笔数", "GE",
                "≥4.48万笔", d("44800"), "笔", "4.60万笔", d("46000"), List.of());
        IndicatorLight yearEnd = round(LocalDate.of(2023, 12, 31), GUANGZHOU, PACE, List.of(reported), Map.of())
                .indicators().get(0);
        assertThat(yearEnd.progressPercent()).isEqualByComparingTo("102.68"); // 46000 / 44800 = 102.678 %
        assertThat(yearEnd.behindPoints()).isEqualByComparingTo("-2.68");
        assertThat(yearEnd.light()).isEqualTo(Light.GREEN);
    }

    @Test
    void theLightsAreCountedAcrossBudgetProjectsAndIndicators() {
        RoundContent round = round(JULY_31, GUANGZHOU, PACE, List.of(LOANS, OVERDUE, COLLECTION, SERVICE), Map.of());
        // budget RED, project RED, loans YELLOW, overdue RED, collection GREEN, service NONE
        assertThat(round.lightCounts()).containsExactlyEntriesOf(counts(1, 1, 3, 1));
        assertThat(round.indicators()).extracting(IndicatorLight::indicatorId)
                .containsExactly("loans", "overdue", "collection", "service");
    }

    @Test
    void thresholdValuesRefuseRedBeforeYellowMonthsOutsideTheYearAndFallingTargets() {
        ThresholdValues values = new ThresholdValues(
                new BudgetPaceThresholds(d("5"), d("4"), new TreeMap<>(Map.of(6, d("50"), 9, d("40"), 13, d("90")))),
                new ProgressThresholds(d("5"), d("15")));
        assertThat(values.problems()).extracting(ThresholdValues.Problem::field).containsExactly(
                "budgetPace.redBehindPoints", "budgetPace.monthlyTargets.9", "budgetPace.monthlyTargets.13");
        assertThat(GUANGZHOU_VALUES.problems()).isEmpty();
    }

    private static final ThresholdValues GUANGZHOU_VALUES = new ThresholdValues(
            new BudgetPaceThresholds(d("0.00"), d("10.00"), null), new ProgressThresholds(d("5.00"), d("15.00")));

    private static Light lightOf(MonitoredIndicator indicator, Judgement judgement) {
        Assessment assessment = new Assessment(judgement, null, null, List.of());
        return round(JULY_31, GUANGZHOU, PACE, List.of(indicator), Map.of("indicator/" + indicator.id(), assessment))
                .indicators().get(0).light();
    }

    private static RoundContent round(LocalDate asOf, Thresholds thresholds, PaceFacts pace,
            List<MonitoredIndicator> indicators, Map<String, Assessment> assessments) {
        return MonitoringComputation.compute(new RoundInputs(asOf, thresholds, pace, indicators, new HashMap<>(assessments)));
    }

    private static Thresholds thresholds(Map<Integer, BigDecimal> monthlyTargets) {
        return new Thresholds("1", new BudgetPaceThresholds(d("0.00"), d("10.00"), new TreeMap<>(monthlyTargets)),
                new ProgressThresholds(d("5.00"), d("15.00")));
    }

    private static MonitoredIndicator quantitative(String id, int ordinal, String comparator, String target,
            String targetValue, String unit, ProgressEntry progress) {
        return new MonitoredIndicator(id, ordinal, "OUTPUT", "产出指标", "数量指标", id, comparator, target,
                d(targetValue), unit, null, null, List.of(progress));
    }

    private static List<BigDecimal> months(String... amounts) {
        List<BigDecimal> months = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            months.add(month < amounts.length ? d(amounts[month]) : BigDecimal.ZERO);
        }
        return months;
    }

    private static Map<Light, Integer> counts(int green, int yellow, int red, int none) {
        Map<Light, Integer> counts = new LinkedHashMap<>();
        counts.put(Light.GREEN, green);
        counts.put(Light.YELLOW, yellow);
        counts.put(Light.RED, red);
        counts.put(Light.NONE, none);
        return counts;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
