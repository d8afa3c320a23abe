package cn.perfeval.indicator.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.security.AccessMatrix;
import cn.perfeval.platform.security.AccessRule;
import cn.perfeval.testinfra.AccessMatrixContract;
import cn.perfeval.testinfra.AccessMatrixSweep;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every operation × every kind of caller × own and other department, against access-matrix.csv (see the contract). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_tests"))
class AccessMatrixTests extends AccessMatrixContract {

    private static final AccessMatrix MATRIX = AccessMatrix.ofService();

    @Override
    protected AccessMatrixSweep.Matrix matrix() {
        return (operation, caller, department) -> MATRIX.admits(operation, caller.authenticated(), caller.roles(),
                caller.departments(), department);
    }

    @Override
    protected Set<String> rows() {
        return MATRIX.operationIds();
    }

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

    private static Set<String> rolesOf(String operationId) {
        return MATRIX.rule(operationId).map(AccessRule::roles).orElseThrow();
    }
}
