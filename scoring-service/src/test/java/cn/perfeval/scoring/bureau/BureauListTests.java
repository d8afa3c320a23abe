package cn.perfeval.scoring.bureau;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.scoring.engine.scorecard.DimensionScore;
import cn.perfeval.scoring.engine.scorecard.Grade;
import cn.perfeval.scoring.engine.scorecard.ItemScore;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bureau's list of a year: thirty evaluations of a year no other test uses, stored as the recompute stores them
 * (LatestScorecards), read sorted, filtered and paged; hostile queries are 400 problems.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class BureauListTests {

    private static final int YEAR = 2031;
    private static final int DEPARTMENTS = 30;
    private static final String LIST = "/api/v1/years/" + YEAR + "/scorecards";

    @Inject
    LatestScorecards latest;

    /** Department BUR00..BUR29 scores 50 + 1.5 i; item a scores i mod 11 of 10, item b always its 5. */
    @BeforeEach
    void thirtyEvaluations() {
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, DEPARTMENTS).forEach(i ->
                latest.store(code(i), YEAR, 2, scorecard(total(i), new BigDecimal(Math.min(i % 11, 10))))));
    }

    @Test
    void theDefaultIsHighestTotalFirstWithEveryDepartmentCountedAndDistributed() {
        JsonPath list = list("");
        assertThat(list.getList("departments.departmentCode", String.class))
                .isEqualTo(IntStream.iterate(DEPARTMENTS - 1, i -> i >= 0, i -> i - 1).mapToObj(BureauListTests::code).toList());
        assertThat(list.getLong("totalCount")).isEqualTo(DEPARTMENTS);
        assertThat(list.getInt("size")).isEqualTo(50);
        assertThat(new BigDecimal(list.getString("departments[0].total"))).isEqualByComparingTo("93.5");
        assertThat(list.getString("departments[0].grade")).isEqualTo("EXCELLENT");
        assertThat(list.getInt("departments[0].version")).isEqualTo(2);
        assertThat(list.getString("departments[0].dimensions[0].code")).isEqualTo("performance");
        assertThat(list.getList("distribution.departments", Long.class)).isEqualTo(bandCounts(Grade.values()));
    }

    @Test
    void aPageIsASliceOfTheOrderAndTheCountIsOfAllThatMatch() {
        JsonPath second = list("?size=10&page=1&sort=total");
        assertThat(second.getList("departments.departmentCode", String.class))
                .isEqualTo(IntStream.range(10, 20).mapToObj(BureauListTests::code).toList());
        assertThat(second.getLong("totalCount")).isEqualTo(DEPARTMENTS);
        assertThat(list("?size=10&page=3").getList("departments")).isEmpty();
    }

    @Test
    void aGradeOrAScoreRangeFiltersTheRowsTheCountAndTheDistributions() {
        JsonPath good = list("?grade=GOOD&sort=total&items=true");
        List<String> codes = IntStream.range(0, DEPARTMENTS).filter(i -> Grade.of(total(i)) == Grade.GOOD)
                .mapToObj(BureauListTests::code).toList();
        assertThat(good.getList("departments.departmentCode", String.class)).isEqualTo(codes);
        assertThat(good.getLong("totalCount")).isEqualTo(codes.size());
        assertThat(good.getList("distribution.departments", Long.class)).isEqualTo(bandCounts(Grade.GOOD));
        assertThat(good.getInt("items.find { it.code == 'b' }.departments")).isEqualTo(codes.size());

        JsonPath range = list("?minTotal=62&maxTotal=65");   // 62, 63.5, 65
        assertThat(range.getList("departments.departmentCode", String.class)).containsExactly(code(10), code(9), code(8));
    }

    @Test
    void eachItemIsDistributedOverTheMatchingEvaluationsWhenAskedFor() {
        assertThat(list("").getList("items")).isEmpty();
        JsonPath list = list("?items=true");
        assertThat(list.getList("items.code", String.class)).containsExactly("a", "b");
        // item a: scores i mod 11 for i in 0..29 = 0..10, 0..10, 0..7: sum 55 + 55 + 28 = 138, mean 4.60
        assertThat(new BigDecimal(list.getString("items[0].mean"))).isEqualByComparingTo("4.60");
        assertThat(new BigDecimal(list.getString("items[0].min"))).isEqualByComparingTo("0");
        assertThat(new BigDecimal(list.getString("items[0].highest"))).isEqualByComparingTo("10");
        assertThat(list.getInt("items[0].fullMarks")).isEqualTo(2);
        assertThat(list.getInt("items[1].fullMarks")).isEqualTo(DEPARTMENTS);
    }

    @Test
    void theOtherOrdersEndWithTheDepartmentCode() {
        List<String> all = IntStream.range(0, DEPARTMENTS).mapToObj(BureauListTests::code).toList();
        assertThat(list("?sort=department").getList("departments.departmentCode", String.class)).isEqualTo(all);
        assertThat(list("?sort=-department").getList("departments.departmentCode", String.class))
                .isEqualTo(all.stream().sorted(Comparator.reverseOrder()).toList());
        List<String> byGrade = list("?sort=grade").getList("departments.grade", String.class);
        assertThat(byGrade).isSortedAccordingTo(Comparator.comparing(Grade::valueOf));
        assertThat(list("?sort=-grade").getList("departments.departmentCode", String.class).get(0)).isEqualTo(code(0));
    }

    @Test
    void anOlderVersionNeverReplacesTheLatest() {
        QuarkusTransaction.requiringNew().run(() -> latest.store(code(0), YEAR, 1, scorecard(new BigDecimal("99"),
                BigDecimal.TEN)));
        assertThat(new BigDecimal(list("?sort=department&size=1").getString("departments[0].total"))).isEqualByComparingTo("50");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown sort|sort=score|sort", "an unknown grade|grade=A|grade", "a score that is no number|minTotal=abc|minTotal",
            "a score above 100|maxTotal=100.01|maxTotal", "a negative score|minTotal=-1|minTotal",
            "three decimals|minTotal=1.234|minTotal", "a huge exponent|minTotal=1e999999999|minTotal",
            "a range upside down|minTotal=90&maxTotal=80|minTotal", "no rows per page|size=0|size",
            "more rows than allowed|size=201|size", "a negative page|page=-1|page", "a page that is no number|page=x|page",
            "items neither true nor false|items=yes|items"})
    void aHostileQueryIsAProblemNamingTheParameter(String what, String query, String field) {
        given().auth().oauth2(SeedEvents.reviewerToken()).get(LIST + "?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    @Test
    void onlyTheBureauAndOperatorsReadIt() {
        given().auth().oauth2(SeedEvents.editorToken(code(0))).get(LIST).then().statusCode(403);
        given().get(LIST).then().statusCode(401);
    }

    private static JsonPath list(String query) {
        return given().auth().oauth2(SeedEvents.reviewerToken()).get(LIST + query).then().statusCode(200).extract().jsonPath();
    }

    /** The totals of these grades counted in the bands below 60, 60–70, 70–80, 80–90 and from 90. */
    private static List<Long> bandCounts(Grade... grades) {
        List<Grade> counted = List.of(grades);
        return IntStream.range(0, 5).mapToObj(band -> IntStream.range(0, DEPARTMENTS).mapToObj(BureauListTests::total)
                .filter(total -> counted.contains(Grade.of(total)))
                .filter(total -> Math.max(5, Math.min(9, total.intValue() / 10)) - 5 == band).count()).toList();
    }

    private static String code(int i) {
        return String.format("BUR%02d", i);
    }

    private static BigDecimal total(int i) {
        return new BigDecimal("50").add(new BigDecimal("1.5").multiply(BigDecimal.valueOf(i)));
    }

    private static Scorecard scorecard(BigDecimal total, BigDecimal itemA) {
        return new Scorecard("guangzhou-2023", "1", total, Grade.of(total), true,
                List.of(new DimensionScore("performance", "履职效能", new BigDecimal("100"), total)),
                List.of(item("a", new BigDecimal("10"), itemA), item("b", new BigDecimal("5"), new BigDecimal("5"))), List.of());
    }

    private static ItemScore item(String code, BigDecimal max, BigDecimal score) {
        return new ItemScore(code, "item " + code, "performance", max, score, "judgement", List.of(), List.of(), "",
                true, null, List.of(), null, null);
    }
}
