package cn.perfeval.report.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.testinfra.AccessMatrixContract;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation × every kind of caller × own and other department, against access-matrix.csv (see the contract). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report_tests"))
class AccessMatrixTests extends AccessMatrixContract {

    /** The separation of duties the matrix must keep, stated apart from the data so a wrong row fails here. */
    @Test
    void editorsWriteTheNarrativeAndNobodyPublishesByHand() {
        assertThat(rolesOf("write")).containsExactly("department-editor");
        assertThat(rolesOf("withdraw")).containsExactly("department-editor");
        assertThat(MATRIX.rule("publish")).as("the bureau's approval publishes, in scoring-service").isEmpty();
        assertThat(MATRIX.rule("latestReport").orElseThrow().roles()).as("the public report needs no token").isEmpty();
    }
}
