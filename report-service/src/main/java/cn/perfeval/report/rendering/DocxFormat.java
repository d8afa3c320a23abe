package cn.perfeval.report.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The Word document officials edit and file: the outline laid out with Apache POI (仿宋 body, 黑体 headings, as
 * Chinese government documents are set).
 */
@ApplicationScoped
public class DocxFormat implements OutlineFormat {

    static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.valueOf(TYPE);
    }

    @Override
    public boolean savedAsFile() {
        return true;
    }

    @Override
    public byte[] render(Outline outline) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            outline.blocks().forEach(block -> block.layOut(writer));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX rendering failed", e);
        }
    }

    /** Each block as paragraphs and tables of one document. */
    private static final class Writer implements Block.Layout {
        private final XWPFDocument document;

        Writer(XWPFDocument document) {
            this.document = document;
        }

        @Override
        public void title(Block.Title title) {
            centred(title.text(), HEADING_FONT, 22, true);
            centred(title.subtitle(), BODY_FONT, 12, false);
        }

        @Override
        public void heading(Block.Heading heading) {
            int level = heading.level();
            run(document.createParagraph(), heading.text(), level == 1 ? HEADING_FONT : BODY_FONT, level == 1 ? 16 : 14,
                    level > 1);
        }

        @Override
        public void paragraph(Block.Paragraph paragraph) {
            if (paragraph.style() == Block.Style.CAPTION) {
                centred(paragraph.text(), BODY_FONT, 14, true);
                return;
            }
            XWPFParagraph p = document.createParagraph();
            p.setFirstLineIndent(560);
            run(p, paragraph.text(), BODY_FONT, 14, false);
        }

        @Override
        public void scores(Block.Scores scores) {
            paragraph(Block.Paragraph.body(scores.asText()));
        }

        @Override
        public void group(Block.Group group) {
            group.blocks().forEach(child -> child.layOut(this));
        }

        @Override
        public void table(Block.Table table) {
            XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
            grid.setWidth("100%");
            fill(grid.getRow(0), table.header(), true);
            for (int i = 0; i < table.rows().size(); i++) {
                fill(grid.getRow(i + 1), table.rows().get(i), false);
            }
        }

        private void centred(String text, String font, double size, boolean bold) {
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, text, font, size, bold);
        }

        private void fill(XWPFTableRow row, List<String> cells, boolean bold) {
            for (int c = 0; c < cells.size(); c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                run(p, cells.get(c), BODY_FONT, 10.5, bold);
            }
        }

        private static void run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
            XWPFRun run = paragraph.createRun();
            run.setText(XmlText.legal(text));
            run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
            run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
            run.setFontSize(size);
            run.setBold(bold);
        }
    }
}
