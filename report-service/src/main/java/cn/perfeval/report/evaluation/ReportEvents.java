package cn.perfeval.report.evaluation;

/**
 * The topic every event of report-service goes to. Each event type and its schema are declared by the class that
 * writes it (a version published, a release, a narrative change); they share the topic so that the events of one
 * evaluation reach subscribers in the order they were written (one key, one partition).
 */
public final class ReportEvents {

    public static final String TOPIC = "report-events";

    private ReportEvents() {
    }
}
