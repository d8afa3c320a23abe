package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of formats and the constant the resources' @Produces read agree, and negotiation follows them. */
class ReportFormatsTest {

    private final ReportFormats registry = TestRendering.formats().registry();

    @Test
    void theProducesListNamesEveryRegisteredFormatInOrder() {
        assertThat(Arrays.asList(ReportFormats.MEDIA_TYPES.split(",\\s*"))).containsExactlyElementsOf(registry.all()
                .stream().map(f -> f.mediaType().getType() + "/" + f.mediaType().getSubtype()).toList());
    }

    @Test
    void extensionsAndAcceptHeadersChooseTheirFormat() {
        assertThat(registry.ofExtension("PDF")).get().isInstanceOf(PdfFormat.class);
        assertThat(registry.ofExtension("exe")).isEmpty();
        assertThat(registry.negotiate(List.of())).get().isInstanceOf(HtmlFormat.class);
        assertThat(registry.negotiate(List.of(MediaType.WILDCARD_TYPE))).get().isInstanceOf(HtmlFormat.class);
        assertThat(registry.negotiate(List.of(MediaType.valueOf("image/png"), MediaType.valueOf("text/markdown"))))
                .get().isInstanceOf(MarkdownFormat.class);
        assertThat(registry.negotiate(List.of(MediaType.valueOf("image/png")))).isEmpty();
        assertThat(registry.extensions()).isEqualTo(".html, .json, .md, .docx and .pdf");
    }

    @Test
    void aFormatMissingFromTheMediaTypesListFailsAtOnce() {
        assertThatThrownBy(() -> new ReportFormats(List.of(new MarkdownFormat())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MEDIA_TYPES");
    }
}
