package cn.perfeval.report.rendering;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats a report is rendered in, with the media type (Accept) and file extension that ask for each. */
public enum ReportFormat {
    HTML("html", MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")),
    JSON("json", MediaType.APPLICATION_JSON_TYPE),
    MARKDOWN("md", new MediaType("text", "markdown", "UTF-8")),
    DOCX("docx", new MediaType("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")),
    PDF("pdf", new MediaType("application", "pdf"));

    private final String extension;
    private final MediaType mediaType;

    ReportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public static Optional<ReportFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }

    /**
     * The first format the caller accepts, in the order of its Accept header (the runtime sorts it by quality).
     * A wildcard means the public page, HTML; nothing acceptable is empty.
     */
    public static Optional<ReportFormat> negotiate(List<MediaType> acceptable) {
        if (acceptable.isEmpty()) {
            return Optional.of(HTML);
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return Optional.of(HTML);
            }
            for (ReportFormat format : values()) {
                if (accepted.isCompatible(format.mediaType)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
