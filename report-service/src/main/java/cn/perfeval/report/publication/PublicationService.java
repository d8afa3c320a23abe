package cn.perfeval.report.publication;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import cn.perfeval.report.evaluation.ReportEvents;
import cn.perfeval.report.narrative.NarrativeStore;
import cn.perfeval.report.rendering.ReportComposer;
import cn.perfeval.report.rendering.ReportContent;
import cn.perfeval.report.scorecard.ScorecardSnapshot;
import cn.perfeval.report.scorecard.ScorecardSnapshots;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The draft and the public report. The draft is composed on every read from the newest scorecard and the current
 * narrative, so every change shows in it at once. A public version is made only for an approval (the release
 * package calls {@link #publishApproved}): the approved scorecard with the current narrative becomes a new
 * immutable version, announced on report-events as {@value #EVENT_TYPE}, when its content differs from the latest
 * public version; otherwise the latest stays the public one.
 */
@ApplicationScoped
public class PublicationService {

    public static final String EVENT_TYPE = "cn.perfeval.report.report.published";
    static final URI SCHEMA = URI.create("/schemas/report-published-v1.json");

    private static final ObjectMapper CANONICAL = JsonMapper.builder().findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    private final ScorecardSnapshots scorecards;
    private final NarrativeStore narrative;
    private final ReportComposer composer;
    private final EventPublisher events;
    private final LatestVersions latestVersions;

    public PublicationService(ScorecardSnapshots scorecards, NarrativeStore narrative, ReportComposer composer,
            EventPublisher events, LatestVersions latestVersions) {
        this.scorecards = scorecards;
        this.narrative = narrative;
        this.composer = composer;
        this.events = events;
        this.latestVersions = latestVersions;
    }

    /** The draft: the newest scorecard with the current narrative, as it would be published if approved now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportContent> draft(String departmentCode, int fiscalYear) {
        return scorecards.latest(departmentCode, fiscalYear).map(this::compose);
    }

    /**
     * The public version showing this approved scorecard with the current narrative: a new one when the content
     * differs from the latest public version, else that version. The caller holds the evaluation's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicVersion publishApproved(ScorecardSnapshot scorecard) {
        String json = canonicalJson(compose(scorecard));
        String hash = sha256(json);
        Optional<ReportVersion> latest = ReportVersion.latest(scorecard.departmentCode(), scorecard.fiscalYear());
        if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
            return new PublicVersion(latest.get(), false);
        }
        ReportVersion version = new ReportVersion();
        version.departmentCode = scorecard.departmentCode();
        version.fiscalYear = scorecard.fiscalYear();
        version.number = latest.map(v -> v.number + 1).orElse(1);
        version.contentHash = hash;
        version.scorecardVersion = scorecard.version();
        version.total = scorecard.total();
        version.content = json;
        version.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        version.correlationId = Correlation.current();
        version.persist();
        announce(version);
        return new PublicVersion(version, true);
    }

    private void announce(ReportVersion version) {
        latestVersions.publishing(version.departmentCode, version.fiscalYear, version.number);
        events.publish(new OutgoingEvent(ReportEvents.TOPIC, EVENT_TYPE, SCHEMA, version.departmentCode,
                version.fiscalYear, version.departmentCode + "/" + version.fiscalYear + "/report/versions/"
                        + version.number, ReportVersionView.of(version)));
    }

    private ReportContent compose(ScorecardSnapshot scorecard) {
        return composer.compose(scorecard, narrative.current(scorecard.departmentCode(), scorecard.fiscalYear()));
    }

    static String canonicalJson(ReportContent content) {
        try {
            return CANONICAL.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
