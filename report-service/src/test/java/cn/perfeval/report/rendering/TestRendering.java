package cn.perfeval.report.rendering;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import cn.perfeval.report.SeedScorecards;

/** The renderers outside Quarkus: a plain Qute engine over the same templates, so rendering tests take milliseconds. */
public final class TestRendering {

    private TestRendering() {
    }

    /** The registry with each format's rendition by name, text formats as text. */
    public record Formats(ReportFormats registry) {

        public String html(ReportContent report, Integer version) {
            return new String(render("html", report, version), StandardCharsets.UTF_8);
        }

        public String markdown(ReportContent report, Integer version) {
            return new String(render("md", report, version), StandardCharsets.UTF_8);
        }

        public byte[] docx(ReportContent report, Integer version) {
            return render("docx", report, version);
        }

        public byte[] pdf(ReportContent report, Integer version) {
            return render("pdf", report, version);
        }

        /** Any outline (the monitoring report's) in a layout format: html, md, docx or pdf. */
        public byte[] render(String extension, Outline outline) {
            return ((OutlineFormat) registry.ofExtension(extension).orElseThrow()).render(outline);
        }

        private byte[] render(String extension, ReportContent report, Integer version) {
            return registry.ofExtension(extension).orElseThrow().render(report, version);
        }
    }

    public static Formats formats() {
        return formats(List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")));
    }

    public static Formats formats(List<Path> fonts) {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).addLocator(TestRendering::locate)
                .build();
        HtmlFormat html = new HtmlFormat(engine.getTemplate("report.html"));
        return new Formats(new ReportFormats(List.of(html, new JsonFormat(SeedScorecards.JSON), new MarkdownFormat(),
                new DocxFormat(), new PdfFormat(html, () -> fonts))));
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        URL url = TestRendering.class.getResource("/templates/" + id);
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(new Variant(java.util.Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML));
            }
        });
    }
}
