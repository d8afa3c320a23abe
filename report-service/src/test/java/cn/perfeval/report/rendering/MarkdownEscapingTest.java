package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.SeedScorecards;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Narrative text is the department's words, not markup: read back by a CommonMark parser, each hostile line of it is
 * one paragraph of plain text that says exactly what was typed (no script, link, image, heading, list or emphasis).
 */
class MarkdownEscapingTest {

    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[点我](javascript:alert(1))",
            "![图](http://evil.example/x.png)",
            "<http://evil.example>",
            "# 假标题",
            "1. 假列表",
            "- 假列表",
            "+ 假列表",
            "> 假引用",
            "---",
            "**粗体** _斜体_ `代码` ~~删除~~",
            "&lt;b&gt; 与 \\ 反斜杠",
            "| 伪 | 表格 |",
            "2.进一步完善采购工作流程，完成率100.00%");

    @Test
    void hostileNarrativeReadsBackAsTheSameTextParagraphByParagraph() {
        ReportContent report = new ReportComposer().compose(SeedScorecards.seed(),
                new NarrativeTexts(Map.of(NarrativeKeys.ACHIEVEMENTS, String.join("\n", HOSTILE))));
        String markdown = TestRendering.formats().markdown(report, 1);

        List<Node> section = sectionAfter(Parser.builder().build().parse(markdown), "（四）主要工作成效");

        assertThat(section).hasSize(HOSTILE.size()).allSatisfy(node -> assertThat(node).isInstanceOf(Paragraph.class));
        assertThat(section).extracting(MarkdownEscapingTest::plainText).containsExactlyElementsOf(HOSTILE);
    }

    @Test
    void aPipeInATableCellStaysInsideItsCell() {
        assertThat(MarkdownText.inline("a | b")).isEqualTo("a \\| b");
        assertThat(MarkdownText.inline("第一行\n第二行")).isEqualTo("第一行 第二行");
    }

    /** The blocks after the heading with this text, up to the next heading. */
    private static List<Node> sectionAfter(Node document, String heading) {
        Node node = document.getFirstChild();
        while (node != null && !(node instanceof Heading && plainText(node).equals(heading))) {
            node = node.getNext();
        }
        assertThat(node).as("heading " + heading).isNotNull();
        List<Node> section = new ArrayList<>();
        for (Node next = node.getNext(); next != null && !(next instanceof Heading); next = next.getNext()) {
            section.add(next);
        }
        return section;
    }

    /** The text of a block whose children must all be plain text: any other inline node fails the test. */
    private static String plainText(Node block) {
        StringBuilder text = new StringBuilder();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            assertThat(child).as("inline markup in " + text).isInstanceOf(Text.class);
            text.append(((Text) child).getLiteral());
        }
        return text.toString();
    }
}
