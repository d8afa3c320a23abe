package cn.perfeval.scoring.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.testinfra.AccessMatrixContract;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation × every kind of caller × own and other department, against access-matrix.csv (see the contract). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_access"))
class AccessMatrixTests extends AccessMatrixContract {

    /** The separation of duties the matrix must keep, stated apart from the data so a wrong row fails here. */
    @Test
    void theDepartmentAssessesItselfTheBureauReviewsAndSchemesAndReplaysBelongToOperators() {
        assertThat(rolesOf("record")).containsExactly("department-editor");
        assertThat(rolesOf("answer")).containsExactly("department-editor");
        assertThat(rolesOf("reviewJudgement")).containsExactly("bureau-reviewer");
        assertThat(rolesOf("reviewGrade")).containsExactly("bureau-reviewer");
        assertThat(rolesOf("comment")).containsExactly("bureau-reviewer");
        assertThat(rolesOf("addScheme")).containsExactly("admin");
        assertThat(rolesOf("startRebuild")).containsExactly("admin");
    }

    /** The department certifies and explains; the bureau returns, approves and reopens; nobody does both. */
    @Test
    void theDepartmentSubmitsAndTheBureauReviews() {
        assertThat(rolesOf("submitEvaluation")).containsExactly("department-editor");
        assertThat(rolesOf("explainWarning")).containsExactly("department-editor");
        for (String review : java.util.List.of("returnEvaluation", "approveEvaluation", "reopenEvaluation")) {
            assertThat(rolesOf(review)).as(review).containsExactly("bureau-reviewer");
        }
    }
}
