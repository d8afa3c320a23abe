package cn.perfeval.localstack.province;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.localstack.Api;
import cn.perfeval.localstack.RunningStack;
import cn.perfeval.localstack.ScorecardComparison;
import cn.perfeval.localstack.Stack;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Four generated departments (12 department-years; province-scale.sh in local-stack/bench loads thousands) loaded on
 * the real stack through the public bulk APIs by their staff and ERPs ({@link ProvinceLoader}, as
 * {@code ./run.sh province} does): every evaluation gets a scorecard, that scorecard equals a what-if of its facts
 * computed afresh, each indicator is met or missed as generated, and the province's scores differ as its departments
 * do.
 */
class ProvinceIT {

    private static final int DEPARTMENT_YEARS = 12;
    private static final ProvinceGenerator PROVINCE = new ProvinceGenerator(18);

    private static Stack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.start("province");
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyLoadedEvaluationIsScoredAsAWhatIfOfItsFacts() {
        ProvinceLoader.Result result = new ProvinceLoader(StackUrls.of(stack), stack.tokens(), System.out)
                .load(PROVINCE, DEPARTMENT_YEARS, 4);
        System.out.printf("ProvinceIT: %d department-years, %d requests, %.1f s%n", result.departmentYears(),
                result.requests(), result.elapsed().toMillis() / 1000.0);
        assertThat(result.departmentYears()).isEqualTo(DEPARTMENT_YEARS);

        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, BigDecimal> signing = new HashMap<>();
        PROVINCE.departmentYears(DEPARTMENT_YEARS).forEach(y -> {
            JsonNode whatIf = assertScoredAsWhatIf(y);
            totals.put(y.code() + " " + y.year(), whatIf.path("total").decimalValue());
            signing.put(y.code() + " " + y.year(), item(whatIf, "contract-signing-timeliness").path("score").decimalValue());
        });
        assertThat(Set.copyOf(totals.values())).as("totals of the province: %s", totals)
                .hasSizeGreaterThan(DEPARTMENT_YEARS / 2);
        assertThat(signing.values()).as("contract signing: some on time everywhere, some late")
                .anyMatch(score -> score.compareTo(BigDecimal.valueOf(3)) == 0)
                .anyMatch(score -> score.compareTo(BigDecimal.valueOf(3)) < 0);
    }

    /** The stored scorecard equals the what-if of the evaluation's facts, which met and missed what was generated. */
    private static JsonNode assertScoredAsWhatIf(DepartmentYear y) {
        Api staff = new Api(stack.tokens().token("province-it-" + y.code(), Set.of("department-editor"), Set.of(y.code())));
        String scorecardUrl = StackUrls.evaluation(StackUrls.of(stack).scoring(), y.code(), y.year()) + "/scorecard";
        JsonNode scorecard = staff.get(scorecardUrl).expect(200).json();
        JsonNode whatIf = staff.post(scorecardUrl + "/simulations", Map.of()).expect(200).json();
        String evaluation = y.code() + " " + y.year();
        assertThat(whatIf.path("complete").asBoolean()).as(evaluation).isTrue();
        ScorecardComparison.assertEqualsWhatIf(scorecard, whatIf, evaluation);

        Map<String, Boolean> met = new HashMap<>();
        whatIf.path("items").forEach(item -> item.path("indicators").forEach(indicator -> met.put(
                indicator.path("name").asText(), indicator.path("met").asBoolean())));
        Map<String, Boolean> generated = new HashMap<>();
        y.indicators().forEach(row -> generated.put(row.name(), ProvinceGeneratorTest.met(row)));
        assertThat(met).as("%s: each indicator met or missed as generated", evaluation).isEqualTo(generated);
        return whatIf;
    }

    private static JsonNode item(JsonNode scorecard, String code) {
        for (JsonNode item : scorecard.path("items")) {
            if (item.path("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("No item " + code + " in " + scorecard);
    }
}
