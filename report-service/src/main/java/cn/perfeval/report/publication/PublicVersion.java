package cn.perfeval.report.publication;

/**
 * The public version that shows an approved scorecard.
 *
 * @param created false when the approved content equalled the latest public version, which therefore stays it
 */
public record PublicVersion(ReportVersion version, boolean created) {

    public int number() {
        return version.number;
    }

    /** The version's public, immutable address, relative to the service. */
    public String url() {
        return version.url();
    }
}
