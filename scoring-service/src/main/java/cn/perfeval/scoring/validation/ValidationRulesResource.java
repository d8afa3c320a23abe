package cn.perfeval.scoring.validation;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The validation rules that apply to evaluations scored under a scheme version. */
@Path("/api/v1/schemes/{schemeId}/versions/{version}/validation-rules")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Validation", description = "Checks before submission (校验): blocking findings and warnings to explain")
public class ValidationRulesResource {

    private final ValidationRuleCatalog rules;
    private final SchemeCatalog schemes;

    public ValidationRulesResource(ValidationRuleCatalog rules, SchemeCatalog schemes) {
        this.rules = rules;
        this.schemes = schemes;
    }

    @GET
    @Operation(summary = "The validation rules of a scheme version: id, severity, message, kind and parameters")
    @APIResponseSchema(value = ValidationRule[].class, responseDescription = "The rules, in the order they are checked")
    @APIResponse(responseCode = "404", description = "No such scheme version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ValidationRule> validationRules(@PathParam("schemeId") String schemeId,
            @PathParam("version") String version) {
        schemes.find(schemeId, version)
                .orElseThrow(() -> ProblemException.notFound("No scheme " + schemeId + " version " + version));
        return rules.rulesOf(schemeId);
    }
}
