package cn.perfeval.report.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The Word document officials edit and file: the same sections, sentences and tables as the HTML page, laid out
 * with Apache POI (仿宋 body, 黑体 headings, as Chinese government documents are set).
 */
@ApplicationScoped
public class DocxRenderer {

    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";

    public byte[] render(ReportContent report, Integer version) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(document);
            w.title(report.title());
            w.meta(version == null ? "草稿（未公开）" : "第 " + version + " 版");

            w.heading(1, "一、部门基本情况");
            w.narrative(report.functions());
            w.heading(2, "（二）年度总体工作和重点工作任务");
            w.heading(3, "1.年度重点工作任务安排情况");
            w.table(List.of("序号", "年度重点工作任务", "绩效目标"), report.keyTasks().stream()
                    .map(t -> List.of(t.ordinal(), nz(t.task()), nz(t.goal()))).toList());
            w.narrative(report.keyTaskCompletion());
            w.heading(2, "（三）部门整体支出绩效目标");
            w.heading(3, "1.部门整体绩效目标");
            w.paragraph(report.overallGoal() == null ? "（部门整体绩效目标尚未填报）" : report.overallGoal());
            w.heading(3, "2.部门整体绩效指标");
            w.table(List.of("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), report.targetTable().stream()
                    .map(r -> List.of(nz(r.level1()), nz(r.level2()), nz(r.name()), nz(r.periodTarget()),
                            nz(r.annualTarget())))
                    .toList());
            w.heading(2, "（四）部门整体收支情况");
            w.paragraph(report.budgetParagraph());
            w.narrative(report.performanceManagement());

            w.heading(1, "二、绩效自评情况");
            w.heading(2, "（一）自评结论");
            report.conclusion().forEach(w::paragraph);
            w.heading(2, "（二）履职效能分析");
            w.paragraph(nz(report.performanceIntro()));
            w.heading(3, "1.部门整体绩效目标产出指标完成情况");
            w.paragraph(report.outputIntro());
            w.caption("表1 部门整体绩效目标产出指标完成情况");
            w.indicatorTable(report.outputTable());
            w.notes(report.outputNotes());
            w.heading(3, "2.部门整体绩效目标效益指标完成情况");
            w.paragraph(report.benefitIntro());
            w.caption("表2 部门整体绩效目标效益指标完成情况");
            w.indicatorTable(report.benefitTable());
            w.notes(report.benefitNotes());
            if (report.spendingRate() != null) {
                w.heading(3, report.spendingRate().heading());
                w.paragraph(report.spendingRate().pointsSentence());
            }
            w.heading(2, "（三）管理效率分析");
            w.paragraph(nz(report.managementIntro()));
            for (ReportContent.ItemGroup group : report.managementGroups()) {
                w.heading(3, group.heading());
                for (ReportContent.ItemLine item : group.items()) {
                    w.heading(4, item.heading());
                    w.paragraph(item.pointsSentence());
                    item.paragraphs().forEach(w::paragraph);
                    item.deductions().forEach(d -> w.paragraph("扣分：" + d));
                    w.paragraph(item.verdict());
                }
            }
            w.narrative(report.achievements());

            w.heading(1, "三、存在的主要问题");
            if (report.findings().isEmpty()) {
                w.paragraph("本年度自评未发现扣分事项。");
            }
            report.findings().forEach(f -> w.paragraph(f.problemLabel() + f.problem()));
            w.heading(1, "四、下一步改进措施");
            report.findings().forEach(f -> w.paragraph(f.measureLabel() + f.measure()));
            report.measuresClosing().paragraphs().forEach(w::paragraph);

            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX rendering failed", e);
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** Paragraph and table helpers over one document. */
    private static final class Writer {
        private final XWPFDocument document;

        Writer(XWPFDocument document) {
            this.document = document;
        }

        void title(String text) {
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, text, HEADING_FONT, 22, true);
        }

        void meta(String text) {
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, text, BODY_FONT, 12, false);
        }

        void heading(int level, String text) {
            XWPFParagraph p = document.createParagraph();
            run(p, text, level == 1 ? HEADING_FONT : BODY_FONT, level == 1 ? 16 : 14, level > 1);
        }

        void caption(String text) {
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, text, BODY_FONT, 14, true);
        }

        void paragraph(String text) {
            XWPFParagraph p = document.createParagraph();
            p.setFirstLineIndent(560);
            run(p, text, BODY_FONT, 14, false);
        }

        void narrative(ReportContent.Narrative section) {
            if (section.heading() != null) {
                heading(section.heading().startsWith("（") ? 2 : 3, section.heading());
            }
            if (!section.written()) {
                paragraph("（待填写）");
            }
            section.paragraphs().forEach(this::paragraph);
        }

        void notes(List<String> notes) {
            if (!notes.isEmpty()) {
                paragraph("备注：");
                notes.forEach(this::paragraph);
            }
        }

        void indicatorTable(List<ReportContent.TableRow> rows) {
            table(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "完成指标值", "完成情况（%）"), rows.stream()
                    .map(r -> List.of(nz(r.level1()), nz(r.level2()), nz(r.name()), nz(r.annualTarget()),
                            nz(r.actual()), nz(r.completion())))
                    .toList());
        }

        void table(List<String> header, List<List<String>> rows) {
            XWPFTable table = document.createTable(rows.size() + 1, header.size());
            table.setWidth("100%");
            fill(table.getRow(0), header, true);
            for (int i = 0; i < rows.size(); i++) {
                fill(table.getRow(i + 1), rows.get(i), false);
            }
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
