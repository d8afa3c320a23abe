package cn.perfeval.budget.security;

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
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
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
    void onlyTheErpWritesLedgersBudgetFactsAndProcurement() {
        for (String write : new String[] {"push", "replaceAppropriations", "replaceMonthlyExecution", "putAssets",
                "replaceContracts", "importContracts", "replaceIntentions", "putSme"}) {
            assertThat(rolesOf(write)).as(write).containsExactly("erp-integration");
        }
        assertThat(rolesOf("publish")).as("calendars are an operator job").containsExactly("admin");
    }

    private static Set<String> rolesOf(String operationId) {
        return MATRIX.rule(operationId).map(AccessRule::roles).orElseThrow();
    }
}
