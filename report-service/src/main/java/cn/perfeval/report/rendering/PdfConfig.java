package cn.perfeval.report.rendering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;

/** The CJK font PDF reports embed ({@link PdfFormat}). */
@ConfigMapping(prefix = "report.pdf")
public interface PdfConfig {

    /**
     * Font files, comma-separated; the first readable one is used, none gives PDF requests a 503 problem. PDFBox
     * cannot embed CFF outlines such as Noto CJK's, so each must be a TrueType font or collection (Debian:
     * fonts-wqy-microhei, fonts-droid-fallback).
     */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    List<Path> cjkFonts();
}
