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

/** The renderers outside Quarkus: a plain Qute engine over the same templates, so rendering tests take milliseconds. */
public final class TestRendering {

    private TestRendering() {
    }

    public static ReportFormats formats() {
        return formats(List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")));
    }

    public static ReportFormats formats(List<Path> fonts) {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).addLocator(TestRendering::locate)
                .build();
        return new ReportFormats(engine.getTemplate("report.html"), engine.getTemplate("report.md"),
                new DocxRenderer(), new PdfRenderer(fonts));
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        String name = id.contains(".") ? id : id + ".html";
        URL url = TestRendering.class.getResource("/templates/" + name);
        if (url == null) {
            return Optional.empty();
        }
        String contentType = name.endsWith(".html") ? Variant.TEXT_HTML : "text/markdown";
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
                return Optional.of(new Variant(java.util.Locale.ROOT, StandardCharsets.UTF_8, contentType));
            }
        });
    }
}
