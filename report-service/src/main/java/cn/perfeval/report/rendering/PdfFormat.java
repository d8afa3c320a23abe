package cn.perfeval.report.rendering;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints the HTML report to PDF (openhtmltopdf on PDFBox) with a CJK font embedded, so Chinese text is real text,
 * never boxes. PDFBox embeds TrueType outlines only, so the font must be a TrueType font or collection (e.g.
 * Debian's fonts-wqy-microhei or fonts-droid-fallback; Noto CJK's CFF outlines cannot be embedded). Without one,
 * PDF requests get a 503 problem naming what to install.
 */
@ApplicationScoped
public class PdfFormat implements OutlineFormat {

    static final String TYPE = "application/pdf";

    /** The family name the page puts first when it is rendered for print. */
    private static final String FONT_FAMILY = "report-cjk";

    private final HtmlFormat html;
    private final List<Path> candidates;

    public PdfFormat(HtmlFormat html, @ConfigProperty(name = "report.pdf.cjk-fonts") List<Path> candidates) {
        this.html = html;
        this.candidates = candidates;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.valueOf(TYPE);
    }

    @Override
    public boolean savedAsFile() {
        return true;
    }

    /** @throws ProblemException 503 when no TrueType CJK font is installed */
    @Override
    public byte[] render(Outline outline) {
        return print(html.page(outline, FONT_FAMILY));
    }

    public Optional<Path> font() {
        return candidates.stream().filter(Files::isReadable).findFirst();
    }

    private byte[] print(String xhtml) {
        Path font = font().orElseThrow(() -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "PDF rendering needs a TrueType CJK font and none is installed (looked for " + candidates
                        + "); install Debian's fonts-wqy-microhei or set report.pdf.cjk-fonts. HTML, DOCX, Markdown "
                        + "and JSON are available."));
        if (!isTrueType(font)) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "PDF rendering needs a TrueType CJK font and "
                    + font + " is not a TrueType font or collection; set report.pdf.cjk-fonts to one such as Debian's "
                    + "fonts-wqy-microhei. HTML, DOCX, Markdown and JSON are available.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withHtmlContent(XmlText.legal(xhtml), null)
                .toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            // Registered as regular and bold: headings then use the same glyphs instead of falling back to a
            // Latin-only font.
            for (int weight : new int[] { 400, 700 }) {
                if (font.getFileName().toString().toLowerCase().endsWith(".ttc")) {
                    renderer.getFontResolver().addFontCollection(font.toFile(), FONT_FAMILY, weight, IdentValue.NORMAL,
                            true);
                } else {
                    renderer.getFontResolver().addFont(font.toFile(), FONT_FAMILY, weight, IdentValue.NORMAL, true);
                }
            }
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            // The document is written to memory, so the only file read is the font: a configured path that is not
            // a TrueType font or collection. That is the deployment's fault, not the caller's.
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "PDF rendering cannot read the font " + font
                    + " (" + e.getMessage() + "); set report.pdf.cjk-fonts to a TrueType CJK font such as Debian's "
                    + "fonts-wqy-microhei. HTML, DOCX, Markdown and JSON are available.");
        }
        return out.toByteArray();
    }

    /**
     * By the file's first four bytes: a collection ("ttcf") or a TrueType font (version 1.0 or Apple's "true").
     * Checked before layout because openhtmltopdf loads fonts lazily and fails on a bad one with a NullPointerException.
     */
    private static boolean isTrueType(Path font) {
        byte[] tag = new byte[4];
        try (var in = Files.newInputStream(font)) {
            if (in.readNBytes(tag, 0, 4) < 4) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        String text = new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.equals("ttcf") || text.equals("true") || text.equals("\0\1\0\0");
    }
}
