package cn.perfeval.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** The service's matrix, as its platform class reads it. */
    protected abstract AccessMatrixSweep.Matrix matrix();

    /** The operationIds that have a row. */
    protected abstract Set<String> rows();

    /**
     * A row without an OpenAPI operation is allowed: two methods on one path and verb (a JSON and a CSV upload) are
     * documented as one operation but are two resource methods, each needing its row.
     */
    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() {
        Set<String> missing = sweep().operations().stream().map(AccessMatrixSweep.Operation::operationId)
                .filter(operation -> !rows().contains(operation))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "operations without a row in access-matrix.csv");
    }

    @Test
    void everyCallIsRefusedExactlyWhenTheMatrixDenies() {
        AccessMatrixSweep sweep = sweep();
        List<String> disagreements = sweep.disagreements(sweep.operations(), matrix());
        assertEquals(List.of(), disagreements, "answers that disagree with the access matrix");
    }

    private static AccessMatrixSweep sweep() {
        return new AccessMatrixSweep(URI.create(TestHTTPResourceManager.getUri() + "/"), TestInfrastructure.tokens());
    }
}
