package cn.perfeval.report.publication;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.report.rendering.ReportContent;
import cn.perfeval.report.rendering.ReportFormat;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Published versions as the public downloads them, each version and format rendered once. A published version never
 * changes, so its rendered bytes are kept in memory (up to {@code report.public-pages.cache-bytes}; Caffeine evicts
 * the least used first): a popular page costs a map lookup instead of reading the stored report, parsing it
 * and rendering it again. Which version is the latest comes from {@link LatestVersions}. A page memory holds, with a
 * fresh latest number, is answered without blocking ({@link #renderedLatest}, {@link #rendered}); the rest reads the
 * database and renders on a worker thread ({@link #page}).
 */
@ApplicationScoped
public class PublishedPages {

    /** One rendered version in one format, with the strong validator that names exactly these bytes. */
    record Page(ReportFormat format, byte[] body, EntityTag etag, String fileName) {
    }

    private record Key(String departmentCode, int fiscalYear, int number, ReportFormat format) {
    }

    private final LatestVersions latest;
    private final Cache<Key, Page> pages;

    public PublishedPages(LatestVersions latest, PublicPagesConfig config) {
        this.latest = latest;
        this.pages = Caffeine.newBuilder().maximumWeight(config.cacheBytes())
                .weigher((Key key, Page page) -> page.body().length).build();
    }

    /** The number of the latest public version; 404 until the first approval. */
    int latestNumber(String departmentCode, int fiscalYear) {
        return latest.latest(departmentCode, fiscalYear).orElseThrow(() -> ProblemException.notFound(
                "No public report for " + departmentCode + "/" + fiscalYear
                        + " yet: it is published when the finance bureau approves the evaluation"));
    }

    /** Version {@code number} in {@code format}; 404 when there is no such version. */
    Page page(String departmentCode, int fiscalYear, int number, ReportFormat format) {
        return pages.get(new Key(departmentCode, fiscalYear, number, format), this::render);
    }

    /**
     * The latest version's page if memory alone can answer it (the latest number is fresh and that page rendered):
     * no database read, no rendering, so the public page answers it on the event loop. Empty: call {@link #page}.
     */
    Optional<Page> renderedLatest(String departmentCode, int fiscalYear, ReportFormat format) {
        return latest.knownLatest(departmentCode, fiscalYear)
                .flatMap(number -> rendered(departmentCode, fiscalYear, number, format));
    }

    /** Version {@code number}'s page if it is rendered already; empty: call {@link #page}. */
    Optional<Page> rendered(String departmentCode, int fiscalYear, int number, ReportFormat format) {
        return Optional.ofNullable(pages.getIfPresent(new Key(departmentCode, fiscalYear, number, format)));
    }

    private Page render(Key key) {
        ReportVersion version = ReportVersion.of(key.departmentCode(), key.fiscalYear(), key.number())
                .orElseThrow(() -> ProblemException.notFound("No published version " + key.number() + " of "
                        + key.departmentCode() + "/" + key.fiscalYear()));
        ReportContent content = ReportRepresentation.content(version);
        byte[] body = key.format().render(content, version.number);
        return new Page(key.format(), body, new EntityTag(sha256(body)),
                version.departmentCode + "-" + version.fiscalYear + "-v" + version.number);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
