package cn.perfeval.localstack.fuzz;

import cn.perfeval.localstack.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything one department's evaluation shows through the services' GET endpoints — indicators, goals, budget,
 * procurement, scorecard, judgements, narrative, report — as the answers' bodies (only the status of an error, since
 * a problem carries a fresh correlation id). Two snapshots are equal when nothing a reader sees has changed.
 */
final class DepartmentSnapshot {

    /** Paths of one evaluation that need no parameter but the department and year; renditions (".pdf") left out. */
    private static final Pattern OTHER_PARAMETER = Pattern.compile("\\{(?!dept\\}|year\\})[^}]*\\}|\\.");
    private static final int PAGE = 100;

    private final List<String> urls = new ArrayList<>();

    /**
     * Adds every readable path of the department's evaluation that the service's OpenAPI document lists, but the
     * audit log: it rightly lists every-department operations too (a projection rebuild the fuzz may start as
     * admin), which are not the department's own state; its department isolation is scoring-service's
     * AuditLogTests' subject.
     */
    DepartmentSnapshot readFrom(String baseUrl, JsonNode document, String department, int year) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            String template = path.getKey();
            boolean ofDepartment = template.startsWith("/api/v1/departments/{dept}") || template.startsWith("/reports/{dept}");
            boolean auditLog = template.endsWith("/audit") || template.endsWith("/audit.csv");
            if (!get.isMissingNode() && ofDepartment && !auditLog && !OTHER_PARAMETER.matcher(template).find()) {
                urls.add(baseUrl + template.replace("{dept}", department).replace("{year}", String.valueOf(year))
                        + (paged(get) ? "?size=" + PAGE : ""));
            }
        }
        return this;
    }

    List<String> urls() {
        return urls;
    }

    Map<String, String> take(Api reader) {
        Map<String, String> seen = new TreeMap<>();
        for (String url : urls) {
            Api.Response response = reader.get(url);
            seen.put(url, response.status() == 200 ? response.body() : "HTTP " + response.status());
        }
        return seen;
    }

    private static boolean paged(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals("size")) {
                return true;
            }
        }
        return false;
    }
}
