package cn.perfeval.report.rendering;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The one face of a TrueType font or collection that PDFs embed, parsed once per process: each document embeds
 * the subset of its glyphs it uses. Not safe for concurrent use (PDFBox reads glyphs from it as it saves a
 * document), so {@link PdfFormat} prints one document at a time.
 *
 * <p>Why not openhtmltopdf's {@code addFontCollection}: it loads every face of the collection as a complete
 * PDFBox font — each with a width table of all its ~30,000 glyphs — once per weight registered, for every
 * document. With wqy-microhei (two faces) and two weights that was four CJK fonts per request, which alone
 * exhausted report-service's 128 MB heap (an OutOfMemoryError in {@code PDCIDFont.readWidths}) and made each PDF
 * take seconds.
 */
final class CjkFontFile implements Closeable {

    private final Closeable file;
    private final TrueTypeFont face;

    private CjkFontFile(Closeable file, TrueTypeFont face) {
        this.file = file;
        this.face = face;
    }

    /** A collection's first face (wqy-microhei's proportional one, before its monospaced one), or the font. */
    static CjkFontFile open(Path font) throws IOException {
        if (font.getFileName().toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(font.toFile());
            try {
                return new CjkFontFile(collection, firstFace(collection));
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont single = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()));
        return new CjkFontFile(single, single);
    }

    private static TrueTypeFont firstFace(TrueTypeCollection collection) throws IOException {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(face -> first.compareAndSet(null, face));
        if (first.get() == null) {
            throw new IOException("the collection holds no font");
        }
        return first.get();
    }

    TrueTypeFont face() {
        return face;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
