package cn.perfeval.scoring.audit;

import cn.perfeval.platform.audit.AuditChannel;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.platform.time.ChinaClock;
import cn.perfeval.scoring.queryparams.Paging;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the audit log, taken as text and checked here, so that every hostile value (a size of
 * 10^9, a page of -1, an unknown channel, a malformed date, a 10,000-character subject) is a 400 problem naming the
 * parameter rather than a framework's 404 or a database error. All filter problems are reported at once; the page
 * and size are {@link Paging}'s.
 */
public class AuditQueryParameters {

    static final int MAX_TEXT = 200;
    /**
     * Every text filter is an identifier as the services write them (subjects, which may be e-mail addresses, roles,
     * operation ids, entity types and ids, correlation ids): the platform's code syntax and {@code @ +}, up to
     * {@link #MAX_TEXT} characters, since an entity id can join several codes. Path-like or bidirectional-override
     * text can match nothing, and is refused as the hostile input it is.
     */
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/#:()（）@+-]*");
    private static final String IDENTIFIER_RULE = "must start with a letter or digit and hold only letters, digits,"
            + " spaces and . _ / # : ( ) @ + -";

    @QueryParam("subject") @Parameter(description = "Who wrote (the token subject), exactly") public String subject;
    @QueryParam("role") @Parameter(description = "The role the write was made in, e.g. department-editor") public String role;
    @QueryParam("channel") @Parameter(description = "REST, IMPORT, ERP_PUSH or SYSTEM") public String channel;
    @QueryParam("service") @Parameter(description = "The service that accepted the write, e.g. budget-service") public String service;
    @QueryParam("entityType") @Parameter(description = "e.g. indicator, goals, budget-appropriations, judgement") public String entityType;
    @QueryParam("entityId") @Parameter(description = "The entity's id") public String entityId;
    @QueryParam("operation") @Parameter(description = "The operationId of the write, e.g. reportActual") public String operation;
    @QueryParam("from") @Parameter(description = "From this time (ISO-8601 with offset) or date (China), inclusive", example = "2024-01-01") public String from;
    @QueryParam("to") @Parameter(description = "Until this time (exclusive) or through this date (China)", example = "2024-03-31") public String to;
    @QueryParam("correlationId") @Parameter(description = "The correlation id of the request that wrote") public String correlationId;
    @QueryParam("page") @Parameter(description = "0-based page number", example = "0") public String page;
    @QueryParam("size") @Parameter(description = "Entries per page (1-500)", example = "50") public String size;

    /** The filter, or a 400 problem listing every invalid parameter. */
    public AuditFilter filter() {
        List<Problem.FieldError> errors = new ArrayList<>();
        AuditFilter filter = new AuditFilter(text("subject", subject, errors), text("role", role, errors),
                channel(errors), text("service", service, errors), text("entityType", entityType, errors),
                text("entityId", entityId, errors), text("operation", operation, errors),
                time("from", from, false, errors), time("to", to, true, errors),
                text("correlationId", correlationId, errors));
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            errors.add(new Problem.FieldError("to", "must be after from"));
        }
        throwIfAny(errors);
        return filter;
    }

    public int pageNumber() {
        return Paging.page(page);
    }

    public int pageSize() {
        return Paging.size(size);
    }

    private static String text(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_TEXT || !IDENTIFIER.matcher(value).matches()) {
            errors.add(new Problem.FieldError(name, "must be at most " + MAX_TEXT + " characters and "
                    + IDENTIFIER_RULE));
            return null;
        }
        return value;
    }

    private AuditChannel channel(List<Problem.FieldError> errors) {
        if (channel == null || channel.isEmpty()) {
            return null;
        }
        return Arrays.stream(AuditChannel.values()).filter(known -> known.name().equals(channel)).findFirst()
                .orElseGet(() -> {
                    errors.add(new Problem.FieldError("channel", "must be one of " + Arrays.toString(AuditChannel.values())));
                    return null;
                });
    }

    /** A time with offset as given, or a date as the start of that day (the day after, for an end) in China. */
    private static OffsetDateTime time(String name, String value, boolean end, List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneId.of(ChinaClock.ZONE)).toOffsetDateTime();
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be a date (2024-03-31) or a time with offset "
                    + "(2024-03-31T09:30:00+08:00)"));
            return null;
        }
    }

    private static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Invalid audit log query: " + errors.stream()
                    .map(error -> error.field() + " " + error.message()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    errors);
        }
    }
}
