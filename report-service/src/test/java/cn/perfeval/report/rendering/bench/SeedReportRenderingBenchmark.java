package cn.perfeval.report.rendering.bench;

import cn.perfeval.report.SeedScorecards;
import cn.perfeval.report.rendering.NarrativeTexts;
import cn.perfeval.report.rendering.ReportComposer;
import cn.perfeval.report.rendering.ReportContent;
import cn.perfeval.report.rendering.TestRendering;
import com.openhtmltopdf.util.XRLog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to render the seed report (the 2023 scorecard of 广州住房公积金管理中心, SeedScorecards) into each format
 * people download, from the composed content a published version stores. One thread. The PDF embeds the CJK font
 * TestRendering finds (fonts-wqy-microhei), as the service does. Five-second iterations, because one PDF takes a
 * large part of a second. TestRendering's Qute engine fills the page template (head and stylesheet; the body is
 * written by HtmlFormat) by reflection where the service uses resolvers generated at build time, so the HTML figure
 * is an upper bound for the service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class SeedReportRenderingBenchmark {

    private TestRendering.Formats formats;
    private ReportContent report;

    @Setup
    public void setUp() {
        // openhtmltopdf logs its timings at INFO for every document; they would bury JMH's own lines.
        XRLog.setLoggingEnabled(false);
        formats = TestRendering.formats();
        report = new ReportComposer().compose(SeedScorecards.seed(), NarrativeTexts.none());
    }

    @Benchmark
    public String html() {
        return formats.html(report, 1);
    }

    @Benchmark
    public byte[] docx() {
        return formats.docx(report, 1);
    }

    /** PDF layout code takes longer to reach steady state: early iterations ran 6 s, 3 s, 1.4 s per document. */
    @Benchmark
    @Warmup(iterations = 12, time = 5)
    public byte[] pdf() {
        return formats.pdf(report, 1);
    }
}
