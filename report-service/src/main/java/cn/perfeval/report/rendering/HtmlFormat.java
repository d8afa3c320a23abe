package cn.perfeval.report.rendering;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The public page: the outline as HTML (every text escaped here) inside the page template, which holds the head and
 * the stylesheet; the body is passed to it as markup already made safe. The PDF is printed from the same page.
 */
@ApplicationScoped
public class HtmlFormat implements OutlineFormat {

    static final String TYPE = MediaType.TEXT_HTML;

    private final Template page;

    public HtmlFormat(@Location("report.html") Template page) {
        this.page = page;
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    }

    @Override
    public byte[] render(Outline outline) {
        return page(outline, null).getBytes(StandardCharsets.UTF_8);
    }

    /** @param fontFamily a font to put first (the PDF's embedded one), or null for the reader's own */
    String page(Outline outline, String fontFamily) {
        return page.data("title", outline.title()).data("fontFamily", fontFamily)
                .data("body", new RawString(body(outline.blocks()))).render();
    }

    private static String body(List<Block> outline) {
        HtmlLayout layout = new HtmlLayout();
        outline.forEach(block -> block.layOut(layout));
        return layout.html.toString();
    }

    /** Writes each block as the element the stylesheet and the page's readers expect. */
    private static final class HtmlLayout implements Block.Layout {

        private final StringBuilder html = new StringBuilder();

        @Override
        public void title(Block.Title title) {
            html.append("<h1>").append(escape(title.text())).append("</h1>\n<p class=\"meta\">")
                    .append(escape(title.subtitle())).append("</p>\n");
        }

        @Override
        public void heading(Block.Heading heading) {
            int tag = heading.level() + 1;
            html.append("<h").append(tag).append('>').append(escape(heading.text())).append("</h").append(tag)
                    .append(">\n");
        }

        @Override
        public void paragraph(Block.Paragraph paragraph) {
            String cssClass = paragraph.style() == Block.Style.BODY ? null
                    : paragraph.style().name().toLowerCase(java.util.Locale.ROOT);
            html.append("<p").append(attributes(paragraph.anchor(), cssClass)).append('>')
                    .append(escape(paragraph.text())).append("</p>\n");
        }

        /** In a box of its own that scrolls sideways on a narrow screen, so the page itself never does. */
        @Override
        public void table(Block.Table table) {
            html.append("<div class=\"table-box\"><table id=\"").append(escape(table.id())).append("\">\n<thead><tr>");
            table.header().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
            html.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                for (int c = 0; c < row.size(); c++) {
                    boolean numeric = table.numericLastColumn() && c == row.size() - 1;
                    html.append(numeric ? "<td class=\"num\">" : "<td>").append(escape(row.get(c))).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }

        @Override
        public void scores(Block.Scores scores) {
            html.append("<p class=\"meta\">综合得分 <strong id=\"total\">").append(escape(scores.total()))
                    .append("</strong> 分，等级：").append(escape(scores.grade()));
            for (Block.DimensionScore d : scores.dimensions()) {
                html.append('；').append(escape(d.name())).append(" <strong class=\"dimension-score\" data-code=\"")
                        .append(escape(d.code())).append("\">").append(escape(d.points())).append("</strong> 分");
            }
            html.append("</p>\n");
        }

        @Override
        public void group(Block.Group group) {
            html.append("<div").append(attributes(group.anchor(), null)).append(">\n");
            group.blocks().forEach(child -> child.layOut(this));
            html.append("</div>\n");
        }
    }

    private static String attributes(Block.Anchor anchor, String styleClass) {
        StringBuilder attributes = new StringBuilder();
        String cssClass = anchor.cssClass() != null ? anchor.cssClass() : styleClass;
        if (anchor.id() != null) {
            attributes.append(" id=\"").append(escape(anchor.id())).append('"');
        }
        if (cssClass != null) {
            attributes.append(" class=\"").append(cssClass).append('"');
        }
        if (anchor.dataName() != null) {
            attributes.append(" data-").append(anchor.dataName()).append("=\"").append(escape(anchor.dataValue()))
                    .append('"');
        }
        return attributes.toString();
    }

    /** Text as HTML text or attribute value: the five characters that could start markup or end a value. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
