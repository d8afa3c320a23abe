package cn.perfeval.report.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The outline as CommonMark with pipe tables. Every text is escaped ({@link MarkdownText}), so what people wrote
 * reads as the words they typed: it cannot add a heading, a list, a link or raw HTML to the document.
 */
@ApplicationScoped
public class MarkdownFormat implements OutlineFormat {

    static final String TYPE = "text/markdown";

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public MediaType mediaType() {
        return new MediaType("text", "markdown", "UTF-8");
    }

    @Override
    public byte[] render(Outline outline) {
        MarkdownLayout layout = new MarkdownLayout();
        outline.blocks().forEach(block -> block.layOut(layout));
        return layout.markdown.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Blocks separated by blank lines, as CommonMark needs them. */
    private static final class MarkdownLayout implements Block.Layout {

        private final StringBuilder markdown = new StringBuilder();

        @Override
        public void title(Block.Title title) {
            block("# " + MarkdownText.inline(title.text()));
            block(MarkdownText.paragraph(title.subtitle()));
        }

        @Override
        public void heading(Block.Heading heading) {
            block("#".repeat(heading.level() + 1) + " " + MarkdownText.inline(heading.text()));
        }

        @Override
        public void paragraph(Block.Paragraph paragraph) {
            String text = MarkdownText.paragraph(paragraph.text());
            block(paragraph.style() == Block.Style.DEDUCTION ? "- " + text : text);
        }

        @Override
        public void table(Block.Table table) {
            StringBuilder rows = new StringBuilder(row(table.header())).append('\n');
            for (int c = 0; c < table.header().size(); c++) {
                boolean numeric = table.numericLastColumn() && c == table.header().size() - 1;
                rows.append(c == 0 ? "|" : "").append(numeric ? "---:|" : "---|");
            }
            table.rows().forEach(cells -> rows.append('\n').append(row(cells)));
            block(rows.toString());
        }

        @Override
        public void scores(Block.Scores scores) {
            block(MarkdownText.paragraph(scores.asText()));
        }

        @Override
        public void group(Block.Group group) {
            group.blocks().forEach(child -> child.layOut(this));
        }

        private static String row(List<String> cells) {
            return "| " + String.join(" | ", cells.stream().map(MarkdownText::inline).toList()) + " |";
        }

        private void block(String text) {
            markdown.append(text).append("\n\n");
        }
    }
}
