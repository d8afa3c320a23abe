package cn.perfeval.report.rendering;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
    private static final Duration PRINTING_WAIT = Duration.ofSeconds(60);

    private final List<Path> candidates;
    private final ReentrantLock printing = new ReentrantLock(true);
    /** The CJK face every document embeds from; guarded by {@link #printing}. */
    private CjkFontFile opened;

    public PdfFormat(HtmlFormat html, PdfConfig config) {
        this.html = html;
        this.candidates = config.cjkFonts();
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
        Path font = usableFont();
        acquirePrinting();
        try {
            return print(xhtml, openedFont(font));
        } catch (IOException e) {
            // The document is written to memory, so the only file read is the font: a configured path that is not
            // a TrueType font or collection. That is the deployment's fault, not the caller's.
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "PDF rendering cannot read the font " + font
                    + " (" + e.getMessage() + "); set report.pdf.cjk-fonts to a TrueType CJK font such as Debian's "
                    + "fonts-wqy-microhei. HTML, DOCX, Markdown and JSON are available.");
        } finally {
            printing.unlock();
        }
    }

    private static byte[] print(String xhtml, CjkFontFile font) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withHtmlContent(XmlText.legal(xhtml), null)
                .toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            // Embedded as the subset of glyphs this document uses; registered as regular and bold, so headings use
            // the same glyphs instead of falling back to a Latin-only font.
            PDFontSupplier cjk = new PDFontSupplier(PDType0Font.load(renderer.getPdfDocument(), font.face(), true));
            for (int weight : new int[] { 400, 700 }) {
                renderer.getFontResolver().addFont(cjk, FONT_FAMILY, weight, IdentValue.NORMAL, false);
            }
            renderer.layout();
            renderer.createPDF();
        }
        return out.toByteArray();
    }

    /**
     * One document at a time: a PDF's layout takes tens of megabytes of a 128 MB heap and a core while it runs, so
     * printing several at once only shares the same cores and risks the heap; the font is shared, too. A caller
     * that waits too long gets a 503 to retry rather than a hung request.
     */
    private void acquirePrinting() {
        try {
            if (printing.tryLock(PRINTING_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Other PDFs are being printed and this one waited "
                + PRINTING_WAIT.toSeconds() + " s; retry shortly. HTML, DOCX, Markdown and JSON are available now.");
    }

    /** Opened on the first PDF (a missing font must not stop the service) and kept: parsing it costs ~10 MB each time. */
    private CjkFontFile openedFont(Path font) throws IOException {
        if (opened == null) {
            opened = CjkFontFile.open(font);
        }
        return opened;
    }

    @PreDestroy
    void closeFont() throws IOException {
        if (opened != null) {
            opened.close();
        }
    }

    private Path usableFont() {
        Path font = font().orElseThrow(() -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "PDF rendering needs a TrueType CJK font and none is installed (looked for " + candidates
                        + "); install Debian's fonts-wqy-microhei or set report.pdf.cjk-fonts. HTML, DOCX, Markdown "
                        + "and JSON are available."));
        if (!isTrueType(font)) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "PDF rendering needs a TrueType CJK font and "
                    + font + " is not a TrueType font or collection; set report.pdf.cjk-fonts to one such as Debian's "
                    + "fonts-wqy-microhei. HTML, DOCX, Markdown and JSON are available.");
        }
        return font;
    }

    /**
     * By the file's first four bytes: a collection ("ttcf") or a TrueType font (version 1.0 or Apple's "true").
     * Checked before the font is opened, so a file that is no font at all gets the message that says so.
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
