package cn.perfeval.report.publication;

import cn.perfeval.report.rendering.ReportContent;
import cn.perfeval.report.rendering.ReportFormats;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Chooses the format a caller asked for (Accept) and renders the report content in it. */
final class ReportRepresentation {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private ReportRepresentation() {
    }

    static Response of(ReportContent content, Integer version, HttpHeaders headers, ReportFormats formats) {
        if (prefersJson(headers)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("version", version);
            body.put("report", content);
            body.put("total", content.total());
            body.put("grade", content.grade());
            body.put("dimensions", content.dimensions());
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(formats.html(content, version), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    static ReportContent content(ReportVersion version) {
        try {
            return JSON.readValue(version.content, ReportContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored report version is unreadable", e);
        }
    }

    private static boolean prefersJson(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
