package cn.perfeval.report.publication;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.report.rendering.ReportContent;
import cn.perfeval.report.rendering.ReportFormat;
import cn.perfeval.report.rendering.ReportFormats;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Chooses the format a caller asked for (extension, else Accept) and renders the report content in it. The monitoring
 * report negotiates and names its files the same way.
 */
public final class ReportRepresentation {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ReportRepresentation() {
    }

    /** The format an extension names (/reports/GZHPF/2023.pdf); an unknown one is 404, as a missing file would be. */
    static ReportFormat byExtension(ReportFormats formats, String extension) {
        return formats.ofExtension(extension).orElseThrow(() -> ProblemException.notFound("No report format ."
                + extension + "; formats are " + formats.extensions()));
    }

    public static ReportFormat byAccept(ReportFormats formats, HttpHeaders headers) {
        return formats.negotiate(headers.getAcceptableMediaTypes()).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_ACCEPTABLE, "Reports are available as " + formats.all().stream()
                        .map(f -> f.mediaType().getType() + "/" + f.mediaType().getSubtype()).toList()));
    }

    /**
     * @param version  the published version number, or null for a draft
     * @param fileName the download name without extension
     */
    static Response of(ReportFormat format, ReportContent content, Integer version, String fileName) {
        return named(Response.ok(format.render(content, version), format.mediaType()), format, fileName).build();
    }

    /** DOCX and PDF are documents people save: they get a file name. */
    public static Response.ResponseBuilder named(Response.ResponseBuilder response, ReportFormat format, String fileName) {
        if (format.savedAsFile()) {
            response.header("Content-Disposition", "inline; filename=\"" + fileName + "." + format.extension() + "\"");
        }
        return response;
    }

    static ReportContent content(ReportVersion version) {
        try {
            return JSON.readValue(version.content, ReportContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored report version is unreadable", e);
        }
    }
}
