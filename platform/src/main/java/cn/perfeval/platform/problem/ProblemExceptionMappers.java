package cn.perfeval.platform.problem;

import cn.perfeval.platform.json.DecimalLimits;
import cn.perfeval.platform.json.DecimalOutOfRangeException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception a request can raise into an RFC 9457 problem. The mappers are as specific as the
 * built-in ones they replace (Jackson's, security's), so the problem shape wins everywhere.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        boolean inChinese = CallerLanguage.prefersChinese(headers.getAcceptableLanguages());
        return ProblemResponses.of(e.type(), e.type().status(), e.detail(inChinese), e.errors(inChinese), path(uri),
                e.extensions());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return ProblemResponses.of(ProblemType.VALIDATION, detail, errors, path(uri));
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.VALIDATION, e.getMessage(), List.of(), path(uri));
    }

    private Response jackson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongType(format, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (e instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return ProblemResponses.of(ProblemType.VALIDATION, "Unknown field '" + field + "'",
                List.of(new Problem.FieldError(field, "unknown field")), path(uri));
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        String message = e instanceof DecimalOutOfRangeException
                ? e.getValue() + " " + DecimalLimits.RULE
                : "cannot read '" + e.getValue() + "' as " + expected(e.getTargetType());
        return ProblemResponses.of(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)), path(uri));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        String message = mismatch(e);
        return ProblemResponses.of(ProblemType.VALIDATION, (field.isEmpty() ? "body" : field) + ": " + message,
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)), path(uri));
    }

    /** Why a value does not fit, in the words a client can act on (StrictJson decides what does not fit). */
    private static String mismatch(MismatchedInputException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (original.startsWith("Trailing token")) {
            return "unexpected content after the JSON value";
        }
        if (original.startsWith("No content to map")) {
            return "a JSON body is required";
        }
        return "wrong JSON type, expected " + expected(e.getTargetType());
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "another type";
        }
        return java.time.LocalDate.class.equals(target) ? "a date written yyyy-MM-dd" : target.getSimpleName();
    }

    /** Malformed JSON (bad syntax, invalid UTF-8) names the field the parser was in, when it was in one. */
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String field = e.getProcessor() == null ? "" : fieldOf(e.getProcessor().getParsingContext());
        String detail = "Malformed JSON: " + e.getOriginalMessage();
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, detail,
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, e.getOriginalMessage())), path(uri));
    }

    private static String fieldOf(JsonStreamContext context) {
        StringBuilder field = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            String step = at.inArray() ? "[" + Math.max(at.getCurrentIndex(), 0) + "]"
                    : at.getCurrentName() == null ? "" : "." + at.getCurrentName();
            field.insert(0, step);
        }
        return field.length() > 0 && field.charAt(0) == '.' ? field.substring(1) : field.toString();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "Unreadable JSON: " + e.getOriginalMessage(),
                List.of(), path(uri));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "Send a bearer token in the Authorization header",
                List.of(), path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "The bearer token is invalid or expired",
                List.of(), path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "The token's roles do not allow this operation",
                List.of(), path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON body reader reports Jackson's errors as a plain 400 with the real reason as the cause.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return jackson(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = status == 404 ? "No resource at this path" : e.getMessage();
        return ProblemResponses.of(type, status, detail, List.of(), path(uri));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (refusedByTheDatabaseAsText(e)) {
            return ProblemResponses.of(ProblemType.VALIDATION, "The request holds a character that cannot be stored as"
                    + " text (such as a NUL byte); nothing was written", List.of(), path(uri));
        }
        LOG.errorf(e, "Unexpected error on %s", path(uri));
        return ProblemResponses.of(ProblemType.INTERNAL, "An unexpected error occurred; quote the correlation id",
                List.of(), path(uri));
    }

    /**
     * PostgreSQL refuses some characters in text (a NUL byte; SQLSTATE 22021 and 22P05) only when a statement
     * carries them. Whichever field or parameter held one, the request was at fault and its transaction rolled back.
     */
    private static boolean refusedByTheDatabaseAsText(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** Bean Validation paths look like "create.arg2.actual.value": keep the part after the method parameter. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String[] parts = violation.getPropertyPath().toString().split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
