package cn.perfeval.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.perfeval.platform.security.AccessMatrix;
import cn.perfeval.platform.security.AccessRule;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The role-matrix test every service runs as a component test (extend it in a {@code @QuarkusTest}): every
 * operation of the service's OpenAPI document has a row in its access matrix, and every operation answers 401/403
 * to each kind of caller, for its own department and another, exactly when the matrix denies.
 */
public abstract class AccessMatrixContract {

    /** The service's access-matrix.csv, read as the service reads it. */
    protected static final AccessMatrix MATRIX = AccessMatrix.ofService();

    /**
     * A row without an OpenAPI operation is allowed: two methods on one path and verb (a JSON and a CSV upload) are
     * documented as one operation but are two resource methods, each needing its row.
     */
    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() {
        Set<String> missing = sweep().operations().stream().map(AccessMatrixSweep.Operation::operationId)
                .filter(operation -> MATRIX.rule(operation).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "operations without a row in access-matrix.csv");
    }

    @Test
    void everyCallIsRefusedExactlyWhenTheMatrixDenies() {
        AccessMatrixSweep sweep = sweep();
        List<String> disagreements = sweep.disagreements(sweep.operations(), MATRIX);
        assertEquals(List.of(), disagreements, "answers that disagree with the access matrix");
    }

    /** The roles a row allows, for a service's own statements of the duties the matrix must separate. */
    protected static Set<String> rolesOf(String operationId) {
        return MATRIX.rule(operationId).map(AccessRule::roles).orElseThrow();
    }

    private static AccessMatrixSweep sweep() {
        return new AccessMatrixSweep(URI.create(TestHTTPResourceManager.getUri() + "/"), TestInfrastructure.tokens());
    }
}
