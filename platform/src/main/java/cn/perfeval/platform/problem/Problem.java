package cn.perfeval.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. Every error any service returns has this shape, so that an ERP integrator
 * or a generated frontend needs exactly one error parser.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = { "type", "title", "status" },
        extensions = @Extension(name = "x-omits-members", value = "every member that is null or empty"))
public record Problem(
        @Schema(example = "https://perfeval.cn/problems/validation") URI type,
        @Schema(example = "Request validation failed") String title,
        @Schema(example = "400") int status,
        String detail,
        URI instance,
        @Schema(description = "Correlation id of the request; quote it when reporting a problem") String correlationId,
        @Schema(description = "Field-level errors, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: a JSON pointer-like path (or row/column for uploads) and why it was rejected. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError", requiredProperties = { "field", "message" },
            extensions = @Extension(name = "x-omits-members", value = "row, outside bulk uploads"))
    public record FieldError(
            @Schema(example = "actual.value") String field,
            @Schema(example = "must not be blank") String message,
            @Schema(description = "Row number in a bulk upload, 1-based, when the error belongs to a row") Integer row) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
