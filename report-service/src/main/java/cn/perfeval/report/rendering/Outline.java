package cn.perfeval.report.rendering;

import java.util.List;

/**
 * A document as every layout format sees it: its title (the page's and the file's) and its blocks. The
 * self-evaluation report ({@link ReportOutline}) and the monitoring report are both written as one, so HTML, Markdown,
 * DOCX and PDF lay them out with the same code and style.
 */
public record Outline(String title, List<Block> blocks) {

    public Outline {
        blocks = List.copyOf(blocks);
    }
}
