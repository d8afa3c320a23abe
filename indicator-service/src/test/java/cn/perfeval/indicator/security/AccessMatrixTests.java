package cn.perfeval.indicator.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.testinfra.AccessMatrixContract;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation × every kind of caller × own and other department, against access-matrix.csv (see the contract). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class AccessMatrixTests extends AccessMatrixContract {

    /** The separation of duties the matrix must keep, stated apart from the data so a wrong row fails here. */
    @Test
    void onlyDepartmentEditorsWriteGoalsIndicatorsAndActuals() {
        for (String write : new String[] {"replaceGoals", "create", "update", "reportActual", "reportProgress",
                "delete", "importTable", "importJson", "saveDepartment"}) {
            assertThat(rolesOf(write)).as(write).containsExactly("department-editor");
        }
        assertThat(rolesOf("list")).containsExactlyInAnyOrder("department-editor", "erp-integration",
                "bureau-reviewer", "admin");
    }
}
