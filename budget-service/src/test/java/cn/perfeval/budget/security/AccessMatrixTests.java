package cn.perfeval.budget.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.testinfra.AccessMatrixContract;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation × every kind of caller × own and other department, against access-matrix.csv (see the contract). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "budget_tests"))
class AccessMatrixTests extends AccessMatrixContract {

    /** The separation of duties the matrix must keep, stated apart from the data so a wrong row fails here. */
    @Test
    void onlyTheErpWritesLedgersBudgetFactsAndProcurement() {
        for (String write : new String[] {"push", "replaceAppropriations", "replaceMonthlyExecution", "putAssets",
                "replaceContracts", "importContracts", "replaceIntentions", "putSme"}) {
            assertThat(rolesOf(write)).as(write).containsExactly("erp-integration");
        }
        assertThat(rolesOf("publish")).as("calendars are an operator job").containsExactly("admin");
    }
}
