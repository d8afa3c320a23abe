package cn.perfeval.report.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The formats a report is published in: every {@link ReportFormat} bean, in the order of {@link #MEDIA_TYPES}, the
 * one list a new format is added to. Choosing a format by extension or by Accept, and documenting them in the
 * OpenAPI, all read this registry; a format missing from the list, or listed without a class, fails startup.
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

    @Inject
    public ReportFormats(Instance<ReportFormat> formats) {
        this(formats.stream().toList());
    }

    /** @param formats every format, in any order: the registry orders them as {@link #MEDIA_TYPES} does */
    public ReportFormats(List<ReportFormat> formats) {
        List<String> order = List.of(MEDIA_TYPES.split(",\\s*"));
        List<String> found = formats.stream().map(ReportFormats::typeOf).sorted().toList();
        if (!found.equals(order.stream().sorted().toList())) {
            throw new IllegalStateException("ReportFormats.MEDIA_TYPES lists " + order + " but the formats are " + found);
        }
        this.formats = formats.stream().sorted(Comparator.comparing(f -> order.indexOf(typeOf(f)))).toList();
    }

    private static String typeOf(ReportFormat format) {
        return format.mediaType().getType() + "/" + format.mediaType().getSubtype();
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
