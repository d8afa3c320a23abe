package cn.perfeval.report.rendering;

import java.util.List;

/**
 * One element of the report's outline ({@link ReportOutline}): what every format lays out, each in its own way. Text
 * is plain (never markup); each format escapes it for itself. An {@link Anchor} is the hook the public page's
 * readers and tests find an element by; formats without such hooks ignore it.
 */
public sealed interface Block {

    /** Hands this block to the layout's method for its kind. */
    void layOut(Layout layout);

    /** What a format does with each kind of block; a new kind of block is a compile error in every format. */
    interface Layout {
        void title(Title title);

        void heading(Heading heading);

        void paragraph(Paragraph paragraph);

        void table(Table table);

        void scores(Scores scores);

        void group(Group group);
    }

    /** The report's title and the line under it (which version, or that it is a draft). */
    record Title(String text, String subtitle) implements Block {

        @Override
        public void layOut(Layout layout) {
            layout.title(this);
        }
    }

    /** A heading: 1 for 一、…, 2 for （一）…, 3 for 1.…, 4 for a scored item. */
    record Heading(int level, String text) implements Block {

        @Override
        public void layOut(Layout layout) {
            layout.heading(this);
        }
    }

    record Paragraph(String text, Style style, Anchor anchor) implements Block {

        @Override
        public void layOut(Layout layout) {
            layout.paragraph(this);
        }

        public static Paragraph body(String text) {
            return new Paragraph(text, Style.BODY, Anchor.NONE);
        }

        public static Paragraph of(String text, Style style) {
            return new Paragraph(text, style, Anchor.NONE);
        }
    }

    /**
     * A table with its header; {@code numericLastColumn} right-aligns the last column (完成情况).
     */
    record Table(String id, List<String> header, List<List<String>> rows, boolean numericLastColumn) implements Block {

        @Override
        public void layOut(Layout layout) {
            layout.table(this);
        }
    }

    /** The headline scores: total, grade and each dimension's score, as points are written (46, 49.54). */
    record Scores(String total, String grade, List<DimensionScore> dimensions) implements Block {

        /** "综合得分 95.54 分，等级：优；履职效能 49.54 分；管理效率 46 分", for formats without markup of their own. */
        public String asText() {
            StringBuilder line = new StringBuilder("综合得分 ").append(total).append(" 分，等级：").append(grade);
            dimensions.forEach(d -> line.append('；').append(d.name()).append(' ').append(d.points()).append(" 分"));
            return line.toString();
        }

        @Override
        public void layOut(Layout layout) {
            layout.scores(this);
        }
    }

    record DimensionScore(String code, String name, String points) {
    }

    /** Blocks that belong together (a narrative section, a scored item, the problems) under one anchor. */
    record Group(Anchor anchor, List<Block> blocks) implements Block {

        @Override
        public void layOut(Layout layout) {
            layout.group(this);
        }
    }

    /** How a paragraph reads: body text, a note or caption, a placeholder for what nobody wrote, a deduction. */
    enum Style {
        BODY, META, CAPTION, PLACEHOLDER, DEDUCTION
    }

    /**
     * An element's id, class and one data attribute ({@code data-code="…"}), each possibly null.
     */
    record Anchor(String id, String cssClass, String dataName, String dataValue) {

        public static final Anchor NONE = new Anchor(null, null, null, null);

        public static Anchor id(String id) {
            return new Anchor(id, null, null, null);
        }

        public static Anchor data(String cssClass, String dataName, String dataValue) {
            return new Anchor(null, cssClass, dataName, dataValue);
        }
    }
}
