package cn.perfeval.report.rendering;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/** Renders a report's content into the formats people read; the layouts live in templates, not in code. */
@ApplicationScoped
public class ReportFormats {

    private final Template html;
    private final Template markdown;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    public ReportFormats(@Location("report.html") Template html, @Location("report.md") Template markdown,
            DocxRenderer docx, PdfRenderer pdf) {
        this.html = html;
        this.markdown = markdown;
        this.docx = docx;
        this.pdf = pdf;
    }

    /** @param version the published version number, or null for a draft */
    public String html(ReportContent content, Integer version) {
        return html(content, version, null);
    }

    public String markdown(ReportContent content, Integer version) {
        return markdown.data("report", content).data("version", version).render();
    }

    public byte[] docx(ReportContent content, Integer version) {
        return docx.render(content, version);
    }

    /** @throws cn.perfeval.platform.problem.ProblemException 503 when no CJK font is installed */
    public byte[] pdf(ReportContent content, Integer version) {
        return pdf.render(html(content, version, PdfRenderer.FONT_FAMILY));
    }

    /** Renders a format that is text or bytes alike, for the HTTP layer. */
    public byte[] bytes(ReportFormat format, ReportContent content, Integer version) {
        return switch (format) {
            case HTML -> html(content, version).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> markdown(content, version).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(content, version);
            case PDF -> pdf(content, version);
            case JSON -> throw new IllegalArgumentException("JSON is serialised by the HTTP layer");
        };
    }

    private String html(ReportContent content, Integer version, String fontFamily) {
        return html.data("report", content).data("version", version).data("fontFamily", fontFamily).render();
    }
}
