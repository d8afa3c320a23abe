package cn.perfeval.scoring.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.scoring.ScorecardPolling;
import cn.perfeval.scoring.SeedEvents;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What startup does with the shipped scheme on a database that already holds it, on real PostgreSQL and Kafka: an
 * edited file under a stored version stops startup; a new version is stored and every evaluation is rescored.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class ShippedSchemeTests {

    private static final String DEPT = "SCHEMES";
    private static final int YEAR = 2023;
    private static final String TEST_VERSION = "shipped-test";

    @Inject
    SchemeCatalog catalog;

    @Inject
    SchemeVersionRescore rescore;

    @Inject
    EntityManager entityManager;

    /** Other test classes share this database and list the scheme's versions: the test's own version goes. */
    @AfterEach
    void forgetTheTestVersion() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM scheme_version WHERE version = :version")
                .setParameter("version", TEST_VERSION).executeUpdate());
    }

    @Test
    void anEditedShippedSchemeUnderAStoredVersionFailsLoudlyAndChangesNothing() throws IOException {
        String stored = catalog.defaultSchemeVersion();
        String shipped = shipped();
        String edited = shipped.replace("name: 广州市市级部门整体支出绩效自评评分标准（2023年度）", "name: 改过的评分标准");
        assertThat(edited).isNotEqualTo(shipped);

        assertThatThrownBy(() -> catalog.storeShipped(edited)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guangzhou-2023 version 1").hasMessageContaining("new version");
        assertThat(catalog.find("guangzhou-2023", "1").orElseThrow().name()).isEqualTo("广州市市级部门整体支出绩效自评评分标准（2023年度）");
        assertThat(catalog.defaultSchemeVersion()).isEqualTo(stored);
        // The shipped file as it is, and one whose comments changed, say nothing new: startup goes on.
        catalog.storeShipped(shipped);
        catalog.storeShipped("# a comment added\n" + shipped);
    }

    @Test
    void aNewShippedVersionIsStoredAndRescoresEveryEvaluation() throws IOException, InterruptedException {
        try (SeedEvents events = new SeedEvents(DEPT, YEAR)) {
            events.wholeSeed();
        }
        JsonPath before = settled(ScorecardPolling.awaitScorecard(DEPT, YEAR,
                s -> s.getString("schemeVersion").equals(catalog.defaultSchemeVersion())));

        catalog.storeShipped(shipped().replace("version: \"1\"", "version: \"" + TEST_VERSION + "\""));
        assertThat(catalog.defaultSchemeVersion()).isEqualTo(TEST_VERSION);
        assertThat(rescore.rescoreOutdated()).isPositive();

        JsonPath after = ScorecardPolling.awaitScorecard(DEPT, YEAR, s -> TEST_VERSION.equals(s.getString("schemeVersion")));
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version") + 1);
        assertThat(new BigDecimal(after.getString("total"))).isEqualByComparingTo(new BigDecimal(before.getString("total")));
    }

    /**
     * The scorecard once no seed event still on its way makes another version (none for 2 s): only then does the
     * rescore's version follow it directly.
     */
    private static JsonPath settled(JsonPath first) throws InterruptedException {
        JsonPath last = first;
        for (int round = 0; round < 30; round++) {
            Thread.sleep(2_000);
            JsonPath now = ScorecardPolling.awaitScorecard(DEPT, YEAR, s -> true);
            if (now.getInt("version") == last.getInt("version")) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the scorecard kept changing for a minute: " + last.prettify());
    }

    private static String shipped() throws IOException {
        try (InputStream in = ShippedSchemeTests.class.getClassLoader().getResourceAsStream(SchemeCatalog.SHIPPED_SCHEME)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
