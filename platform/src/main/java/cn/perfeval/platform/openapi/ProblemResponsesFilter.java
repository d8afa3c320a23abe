package cn.perfeval.platform.openapi;

import cn.perfeval.platform.problem.Problem;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation the problem+json answers the platform's mappers and filters give whatever the
 * resource says, so that a client generated from {@code /q/openapi} knows every error it can meet and parses it
 * as one {@code Problem} type. A response a resource documents itself (with its own wording) is kept; one
 * generated without a body (Quarkus's automatic "400 Bad Request") is replaced.
 *
 * <p>Which answers apply follows from the operation's shape: parameters or a body can be invalid (400), a
 * secured operation can be refused (401, 403), a path naming a resource can miss (404), a body can be too large
 * (413) or of an unsupported type (415), and an {@code If-Match} header can be stale (412). Rendered
 * representations beside a JSON one (HTML, Markdown, DOCX, PDF) are documented as text or binary files.
 * Run for every service by {@link OpenApiDocumentFilter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .values().forEach(operation -> documentProblems(path, operation)));
    }

    private static void documentProblems(String path, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        APIResponses responses = operation.getResponses() != null ? operation.getResponses() : OASFactory.createAPIResponses();
        operation.setResponses(responses);

        if (hasBody || !parameters.isEmpty()) {
            add(responses, "400", "Invalid input: the problem's errors name each rejected field, row or parameter");
        }
        if (secured) {
            add(responses, "401", "No bearer token, or one that is invalid or expired");
            add(responses, "403", "The token's roles or departments do not allow this");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing at this path (unknown department, year, record or version)");
        }
        if (hasBody) {
            add(responses, "413", "The request body is larger than this endpoint accepts");
            add(responses, "415", "The request body's Content-Type is not one this endpoint reads");
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            add(responses, "412", "The resource changed since the ETag given in If-Match was read");
        }
        responses.getAPIResponses().values().forEach(ProblemResponsesFilter::documentRenderedRepresentations);
    }

    /**
     * A resource producing several representations (JSON, HTML, DOCX ...) declares its JSON schema once; the same
     * schema would be wrong for the others, which are text or files to a client.
     */
    private static void documentRenderedRepresentations(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            if (type.contains("json") || (media.getSchema() != null && media.getSchema().getRef() == null)) {
                return;
            }
            media.setSchema(type.startsWith("text/")
                    ? OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    : OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary"));
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        Map<String, APIResponse> existing = responses.getAPIResponses();
        APIResponse documented = existing == null ? null : existing.get(code);
        if (documented != null && documented.getContent() != null && !documented.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)))));
    }
}
