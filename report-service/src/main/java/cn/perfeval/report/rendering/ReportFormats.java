package cn.perfeval.report.rendering;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders a report's content into the formats people read. */
@ApplicationScoped
public class ReportFormats {

    private final Template report;

    public ReportFormats(@Location("report.html") Template report) {
        this.report = report;
    }

    /** @param version the published version number, or null for a draft */
    public String html(ReportContent content, Integer version) {
        return report.data("report", content).data("version", version).render();
    }
}
