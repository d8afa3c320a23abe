package cn.perfeval.platform.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What the platform adds to every service's OpenAPI document (registered with {@code mp.openapi.filter}): the
 * problem+json answers of every operation ({@link ProblemResponsesFilter}), the examples of schemas that cannot
 * carry annotations ({@link SchemaExamples}), and the required properties of every schema an answer carries
 * ({@link RequiredProperties}).
 */
public class OpenApiDocumentFilter implements OASFilter {

    private final ProblemResponsesFilter problems = new ProblemResponsesFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problems.filterOpenAPI(openAPI);
        SchemaExamples.ofService().applyTo(openAPI);
        RequiredProperties.applyTo(openAPI);
    }
}
