package cn.perfeval.report.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * The formats a report is published in, registered here and nowhere else: a format is a class implementing
 * {@link ReportFormat}, added to the constructor's list and to {@link #MEDIA_TYPES}. Choosing a format by extension
 * or by Accept, and documenting them in the OpenAPI, all read this registry.
 */
@ApplicationScoped
public class ReportFormats {

    /**
     * Every format's media type, for the resources' {@code @Produces} (an annotation takes only a constant; JAX-RS
     * reads a comma-separated list). The first is what a wildcard Accept gets.
     */
    public static final String MEDIA_TYPES = HtmlFormat.TYPE + ", " + JsonFormat.TYPE + ", " + MarkdownFormat.TYPE
            + ", " + DocxFormat.TYPE + ", " + PdfFormat.TYPE;

    private final List<ReportFormat> formats;

    public ReportFormats(HtmlFormat html, JsonFormat json, MarkdownFormat markdown, DocxFormat docx, PdfFormat pdf) {
        this.formats = List.of(html, json, markdown, docx, pdf);
    }

    public List<ReportFormat> all() {
        return formats;
    }

    public Optional<ReportFormat> ofExtension(String extension) {
        return formats.stream().filter(f -> f.extension().equalsIgnoreCase(extension)).findFirst();
    }

    /**
     * The first format the caller accepts, in the order of its Accept header (the runtime sorts it by quality).
     * No Accept header or a wildcard means the public page, the first format; nothing acceptable is empty.
     */
    public Optional<ReportFormat> negotiate(List<MediaType> acceptable) {
        if (acceptable.isEmpty()) {
            return Optional.of(formats.get(0));
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return Optional.of(formats.get(0));
            }
            Optional<ReportFormat> format = formats.stream().filter(f -> accepted.isCompatible(f.mediaType()))
                    .findFirst();
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    /** ".html, .json, .md, .docx and .pdf", for a problem that names what exists. */
    public String extensions() {
        List<String> names = formats.stream().map(f -> "." + f.extension()).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
