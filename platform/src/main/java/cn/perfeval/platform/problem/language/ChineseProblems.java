package cn.perfeval.platform.problem.language;

import cn.perfeval.platform.json.DecimalLimits;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.platform.text.ControlCharacters;
import cn.perfeval.platform.text.TextLimits;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A problem as a zh-CN user reads it: every title, and the messages this platform writes itself (malformed JSON,
 * tokens, roles, text rules), in Chinese. Bean Validation's own messages arrive in Chinese already (quarkus.locales);
 * a service's domain messages are not translated here: they are written in both languages where they are made
 * ({@code Message}), and one not yet written so stays in English, so nothing is ever lost in translation.
 */
public final class ChineseProblems {

    private static final Map<URI, String> TITLES = Arrays.stream(ProblemType.values()).collect(Collectors.toMap(
            ProblemType::uri, ChineseProblems::title));

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("The token's roles do not allow this operation", "令牌的角色不允许此操作"),
            Map.entry("Send a bearer token in the Authorization header", "请在 Authorization 请求头中携带 Bearer 令牌"),
            Map.entry("The bearer token is invalid or expired", "Bearer 令牌无效或已过期"),
            Map.entry("An unexpected error occurred; quote the correlation id", "发生意外错误，请提供关联编号（correlationId）"),
            Map.entry("A path parameter is not one this service accepts", "路径参数不被本服务接受"),
            Map.entry("No resource at this path", "此路径下没有资源"),
            Map.entry("unknown field", "未知字段"),
            Map.entry("must not be null", "不能为 null"),
            Map.entry("a JSON body is required", "需要 JSON 请求体"),
            Map.entry("unexpected content after the JSON value", "JSON 值之后有多余内容"),
            Map.entry(ControlCharacters.SINGLE_LINE_RULE, "不能包含控制字符（换行、制表符、NUL 等）"),
            Map.entry(ControlCharacters.MULTI_LINE_RULE, "除换行和制表符外不能包含控制字符"),
            Map.entry(TextLimits.CODE_RULE, "须以字母或数字开头，只能包含字母、数字、空格及 . _ / # : ( ) （ ） -"),
            Map.entry(DecimalLimits.RULE, "整数部分最多 " + DecimalLimits.MAX_INTEGER_DIGITS + " 位，小数部分最多 "
                    + DecimalLimits.MAX_DECIMALS + " 位"));

    /** Messages with a part that varies: the pattern, and the Chinese built from its groups. */
    private static final List<Map.Entry<Pattern, Function<Matcher, String>>> SHAPED = List.of(
            Map.entry(Pattern.compile("Unknown field '(.*)'", Pattern.DOTALL), m -> "未知字段 '" + m.group(1) + "'"),
            Map.entry(Pattern.compile("cannot read '(.*)' as a date written yyyy-MM-dd", Pattern.DOTALL),
                    m -> "无法将 '" + m.group(1) + "' 读作日期（格式 yyyy-MM-dd）"),
            Map.entry(Pattern.compile("cannot read '(.*)' as (\\w+)", Pattern.DOTALL),
                    m -> "无法将 '" + m.group(1) + "' 读作 " + m.group(2)),
            Map.entry(Pattern.compile("wrong JSON type, expected (.*)", Pattern.DOTALL), m -> "JSON 类型错误，应为 " + m.group(1)),
            Map.entry(Pattern.compile("Malformed JSON: (.*)", Pattern.DOTALL), m -> "JSON 格式错误：" + m.group(1)),
            Map.entry(Pattern.compile("Unreadable JSON: (.*)", Pattern.DOTALL), m -> "无法读取 JSON：" + m.group(1)),
            // a field's message repeated in the detail: "field: message"
            Map.entry(Pattern.compile("([\\w.\\[\\]-]+): (.*)", Pattern.DOTALL),
                    m -> m.group(1) + "：" + ChineseProblems.message(m.group(2))));

    private ChineseProblems() {
    }

    public static Problem translate(Problem problem) {
        return new Problem(problem.type(), titleOf(problem.type(), problem.title()), problem.status(),
                message(problem.detail()), problem.instance(), problem.correlationId(),
                problem.errors() == null ? null : problem.errors().stream().map(ChineseProblems::translate).toList());
    }

    public static Problem.FieldError translate(Problem.FieldError error) {
        return new Problem.FieldError(error.field(), message(error.message()), error.row());
    }

    public static String titleOf(URI type, String title) {
        return Optional.ofNullable(TITLES.get(type)).orElse(title);
    }

    /** The message in Chinese where this catalogue knows it, else as written. */
    public static String message(String message) {
        if (message == null) {
            return null;
        }
        String known = MESSAGES.get(message);
        if (known != null) {
            return known;
        }
        for (Map.Entry<Pattern, Function<Matcher, String>> shape : SHAPED) {
            Matcher matcher = shape.getKey().matcher(message);
            if (matcher.matches()) {
                return shape.getValue().apply(matcher);
            }
        }
        return message;
    }

    private static String title(ProblemType type) {
        return switch (type) {
            case VALIDATION -> "请求校验未通过";
            case MALFORMED_REQUEST -> "无法读取请求体";
            case UNAUTHENTICATED -> "需要有效的 Bearer 令牌";
            case FORBIDDEN -> "无权执行此操作";
            case NOT_FOUND -> "资源不存在";
            case METHOD_NOT_ALLOWED -> "不允许的请求方法";
            case NOT_ACCEPTABLE -> "没有可接受的表示形式";
            case CONFLICT -> "请求与当前状态冲突";
            case EVALUATION_LOCKED -> "评价当前状态下不能修改其数据";
            case PRECONDITION_FAILED -> "资源在读取后已被修改";
            case PAYLOAD_TOO_LARGE -> "请求体过大";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的媒体类型";
            case UNPROCESSABLE -> "请求格式正确但无法执行";
            case PRECONDITION_REQUIRED -> "需要 If-Match 请求头";
            case SERVICE_UNAVAILABLE -> "服务暂时无法完成此操作";
            case INTERNAL -> "内部错误";
        };
    }
}
