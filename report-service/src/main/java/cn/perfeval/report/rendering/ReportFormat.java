package cn.perfeval.report.rendering;

import jakarta.ws.rs.core.MediaType;

/**
 * One format a report is published in: the file extension and media type that ask for it, and how it is laid out.
 * Each format is one class; {@link ReportFormats} is the one place they are registered.
 */
public interface ReportFormat {

    String extension();

    MediaType mediaType();

    /**
     * @param version the published version number, or null for a draft
     * @throws cn.perfeval.platform.problem.ProblemException when the format cannot be made here (PDF without a font)
     */
    byte[] render(ReportContent report, Integer version);

    /** A document people save (DOCX, PDF) is sent with a file name; a page or data is not. */
    default boolean savedAsFile() {
        return false;
    }
}
