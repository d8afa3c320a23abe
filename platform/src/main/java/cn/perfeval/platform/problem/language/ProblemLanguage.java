package cn.perfeval.platform.problem.language;

import cn.perfeval.platform.problem.CallerLanguage;
import cn.perfeval.platform.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers a problem in Chinese to a caller whose Accept-Language prefers Chinese to English (the workbench sends
 * zh-CN); integrators, who send none or English, keep the English problem. A detail the service wrote in both
 * languages ({@code Message}) is already in the caller's language; this filter translates the titles and the
 * platform's own phrases. The problem's type URI, status and
 * fields are never translated, so code that switches on them reads the same answer in either language.
 */
public class ProblemLanguage {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @ServerResponseFilter
    public void inCallersLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getMediaType() == null || !PROBLEM.isCompatible(response.getMediaType())) {
            return;
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (!CallerLanguage.prefersChinese(request.getAcceptableLanguages())) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof Problem problem) {
            response.setEntity(ChineseProblems.translate(problem));
        } else if (entity instanceof Map<?, ?> document) {
            response.setEntity(translated(document));
        } else {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, "zh-CN");
    }

    /** A problem with extension members (written as a map): title, detail and errors translated, the rest as it is. */
    private static Map<String, Object> translated(Map<?, ?> document) {
        Map<String, Object> copy = new LinkedHashMap<>();
        document.forEach((key, value) -> copy.put(String.valueOf(key), value));
        if (copy.get("type") instanceof URI type && copy.get("title") instanceof String title) {
            copy.put("title", ChineseProblems.titleOf(type, title));
        }
        if (copy.get("detail") instanceof String detail) {
            copy.put("detail", ChineseProblems.message(detail));
        }
        if (copy.get("errors") instanceof List<?> errors) {
            copy.put("errors", errors.stream().map(error -> error instanceof Problem.FieldError fieldError
                    ? ChineseProblems.translate(fieldError) : error).toList());
        }
        return copy;
    }
}
