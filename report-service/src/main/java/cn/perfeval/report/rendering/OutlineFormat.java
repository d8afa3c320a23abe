package cn.perfeval.report.rendering;

/**
 * A format that lays out an {@link Outline} (HTML, Markdown, DOCX, PDF), as opposed to one that writes a document's
 * data (JSON). Any outline can be rendered in it, so another kind of report reuses the format as it stands.
 */
public interface OutlineFormat extends ReportFormat {

    /**
     * @throws cn.perfeval.platform.problem.ProblemException when the format cannot be made here (PDF without a font)
     */
    byte[] render(Outline outline);

    /** The self-evaluation report is its outline ({@link ReportOutline}) laid out. */
    @Override
    default byte[] render(ReportContent report, Integer version) {
        return render(ReportOutline.document(report, version));
    }
}
