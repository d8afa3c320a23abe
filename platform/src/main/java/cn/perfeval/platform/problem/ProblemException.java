package cn.perfeval.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by service code to reject a request. It carries everything the problem document needs, so resources
 * never build error responses by hand. Built from {@link Message}s, it carries the detail and field messages in
 * English and in Chinese, and the answer is written in the caller's language; built from plain strings, it is
 * English, and only the platform's own phrases reach a zh-CN caller in Chinese (ChineseProblems).
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final String chineseDetail;
    private final List<Problem.FieldError> chineseErrors;
    private final Map<String, Object> extensions;

    /** A field's message in both languages; row is the 1-based row of a bulk upload, or null. */
    public record FieldMessage(String field, Message message, Integer row) {

        public FieldMessage(String field, Message message) {
            this(field, message, null);
        }

        Problem.FieldError in(boolean inChinese) {
            return new Problem.FieldError(field, message.in(inChinese), row);
        }
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    /** A problem with RFC 9457 extension members (e.g. the state that refused the request), written beside detail. */
    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.chineseDetail = detail;
        this.chineseErrors = this.errors;
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemException(ProblemType type, Message detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, Message detail, List<FieldMessage> errors) {
        this(type, detail, errors, Map.of());
    }

    /** A problem in both languages, with RFC 9457 extension members written beside detail. */
    public ProblemException(ProblemType type, Message detail, List<FieldMessage> errors,
            Map<String, Object> extensions) {
        super(detail.english());
        this.type = type;
        this.errors = errors.stream().map(error -> error.in(false)).toList();
        this.chineseDetail = detail.chinese();
        this.chineseErrors = errors.stream().map(error -> error.in(true)).toList();
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException validation(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new Problem.FieldError(field, message)));
    }

    /** A rejected field whose message is the problem's detail too. */
    public static ProblemException validation(String field, Message message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new FieldMessage(field, message)));
    }

    public static ProblemException notFound(Message detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(Message detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(Message detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The detail a caller reads: in Chinese when it prefers Chinese and the detail was written in both. */
    public String detail(boolean inChinese) {
        return inChinese ? chineseDetail : getMessage();
    }

    public List<Problem.FieldError> errors(boolean inChinese) {
        return inChinese ? chineseErrors : errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
