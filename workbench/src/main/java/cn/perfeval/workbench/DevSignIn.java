package cn.perfeval.workbench;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /auth/dev/sign-in} with {@code {"role": ..., "department": ...}}: a token from the development issuer,
 * answered in the body (never in a URL). Department roles (editor, ERP) get the department in their
 * {@code departments} claim; a reviewer or an admin reads every department and gets none.
 */
final class DevSignIn {

    static final String PATH = "/auth/dev/sign-in";
    static final Set<String> DEPARTMENT_ROLES = Set.of("department-editor", "erp-integration");
    static final Set<String> BUREAU_ROLES = Set.of("bureau-reviewer", "admin");
    /** The department code rule every service checks in its paths. */
    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z0-9_-]{2,32}");

    private final DevIssuer issuer;

    DevSignIn(DevIssuer issuer) {
        this.issuer = issuer;
    }

    void handle(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            Problems.send(context.response(), 415, "Unsupported Media Type", "Send the sign-in as application/json");
            return;
        }
        JsonObject body;
        try {
            body = context.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            body = null;
        }
        if (body == null) {
            Problems.send(context.response(), 400, "Bad Request", "The body must be a JSON object {\"role\", \"department\"}");
            return;
        }
        String role = body.getValue("role") instanceof String s ? s : "";
        String department = body.getValue("department") instanceof String s ? s : "";
        if (!DEPARTMENT_ROLES.contains(role) && !BUREAU_ROLES.contains(role)) {
            Problems.send(context.response(), 400, "Bad Request", "role must be one of department-editor, erp-integration, bureau-reviewer, admin");
            return;
        }
        if (DEPARTMENT_ROLES.contains(role) && !DEPARTMENT.matcher(department).matches()) {
            Problems.send(context.response(), 400, "Bad Request", "department must be a department code ([A-Z0-9_-]{2,32}) for " + role);
            return;
        }
        List<String> departments = DEPARTMENT_ROLES.contains(role) ? List.of(department) : List.of();
        JsonObject answer = new JsonObject()
                .put("token", issuer.token(role, departments))
                .put("expiresInSeconds", DevIssuer.LIFETIME.toSeconds())
                .put("role", role)
                .put("departments", departments);
        context.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(answer.encode());
    }

    /** A body over the limit (413) or unreadable: a problem like every other refusal, not Vert.x's plain text. */
    static void failed(RoutingContext context) {
        int status = context.statusCode() >= 400 && context.statusCode() < 500 ? context.statusCode() : 400;
        Problems.send(context.response(), status, status == 413 ? "Content Too Large" : "Bad Request",
                status == 413 ? "The sign-in body is limited to 4096 bytes" : "The sign-in request could not be read");
    }
}
