package cn.perfeval.budget.messaging;

import static cn.perfeval.budget.BudgetServiceTestSupport.JSON;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.perfeval.testinfra.EventSchemas;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Subscribers resolve an event's dataschema against this service: each schema is served there, to anyone. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class EventSchemasServedTests {

    @Test
    void eachSnapshotTypesSchemaIsServedAtItsDataschemaPathWithoutAToken() throws Exception {
        EventSchemas schemas = EventSchemas.published();
        for (SnapshotType type : SnapshotType.values()) {
            String path = type.schema().toString();
            String served = given().get(path).then().statusCode(200).contentType(containsString("json"))
                    .extract().asString();
            assertThat(JSON.readTree(served)).isEqualTo(schemas.document(path));
        }
    }
}
