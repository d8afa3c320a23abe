package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.SeedScorecards;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A PDF must fit report-service's 128 MB heap beside everything else the service holds. What a document allocates
 * is a deterministic measure of that (unlike timing it): the seed report, rendered once to warm up, then measured.
 * Measured on 2026-12-03: openhtmltopdf's addFontCollection, which loads every face of wqy-microhei as a complete
 * font once per weight for each document, allocated 150 MB (and ran report-service out of heap); opening the one
 * face per document, 79 MB; the face parsed once per process, 25 MB. The bound leaves room for a longer report.
 */
class PdfMemoryTest {

    private final ReportContent report = new ReportComposer().compose(SeedScorecards.seed(), NarrativeTexts.none());
    private final TestRendering.Formats formats = TestRendering.formats();

    @Test
    void aPdfAllocatesFarLessThanTheServicesHeap() {
        formats.pdf(report, 1);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        formats.pdf(report, 1);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        System.out.printf("PdfMemoryTest: the seed report's PDF allocated %,d bytes%n", allocated);
        assertThat(allocated).isLessThan(50L * 1024 * 1024);
    }
}
