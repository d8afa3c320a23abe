package cn.perfeval.indicator.messaging;

import static cn.perfeval.indicator.IndicatorServiceTestSupport.DEPT;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.as;
import static cn.perfeval.indicator.IndicatorServiceTestSupport.editorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.perfeval.platform.events.outbox.OutboxEvent;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The field limits keep every event under the outbox's limit; should a change of them ever let one through, the
 * write's own transaction refuses the event (413) and stores nothing. Shown here with the limit lowered to 100 kB,
 * below the largest goals the field limits allow.
 */
@QuarkusTest
@TestProfile(OutboxEventSizeBackstopTests.SmallEventLimit.class)
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class OutboxEventSizeBackstopTests {

    private static final String EDITOR = editorOf(DEPT);
    private static final String GOALS = "/api/v1/departments/" + DEPT + "/years/2095/goals";

    public static class SmallEventLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("perfeval.outbox.max-event-bytes", "100000");
        }
    }

    @Test
    void aWriteWhoseEventWouldExceedTheLimitIsA413AndStoresNothing() {
        as(EDITOR).body("{\"name\":\"广州住房公积金管理中心\"}").put("/api/v1/departments/" + DEPT).then().statusCode(200);
        as(EDITOR).body(OutboxLimitsTests.goals(2, 100)).put(GOALS).then().statusCode(200).body("version", equalTo(1));
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        as(EDITOR).body(OutboxLimitsTests.goals(TextLimits.TEXT_ITEMS, TextLimits.TEXT)).put(GOALS).then()
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 100000 bytes"));

        as(EDITOR).get(GOALS).then().statusCode(200).body("version", equalTo(1)).body("keyTasks.size()", equalTo(2));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(events);
    }
}
