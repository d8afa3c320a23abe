package cn.perfeval.report.publication;

import cn.perfeval.platform.correlation.Correlation;
import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import cn.perfeval.platform.problem.ProblemException;
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
import jakarta.persistence.EntityManager;
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
 * Publishing: the first publication is a person's decision; after it, every scorecard or narrative edit that changes
 * the report's content republishes it as a new immutable version, announced on {@value #TOPIC}. A change that leaves
 * the content as it was (an unchanged recompute, a redelivered event) publishes nothing.
 */
@ApplicationScoped
public class PublicationService {

    public static final String TOPIC = "report-events";
    public static final String EVENT_TYPE = "cn.perfeval.report.report.published";
    static final URI SCHEMA = URI.create("/schemas/report-published-v1.json");

    private static final ObjectMapper CANONICAL = JsonMapper.builder().findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    private final ScorecardSnapshots scorecards;
    private final NarrativeStore narrative;
    private final ReportComposer composer;
    private final EvaluationLock lock;
    private final EventPublisher events;
    private final LatestVersions latestVersions;
    private final EntityManager entityManager;

    public PublicationService(ScorecardSnapshots scorecards, NarrativeStore narrative, ReportComposer composer,
            EvaluationLock lock, EventPublisher events, LatestVersions latestVersions, EntityManager entityManager) {
        this.scorecards = scorecards;
        this.narrative = narrative;
        this.composer = composer;
        this.lock = lock;
        this.events = events;
        this.latestVersions = latestVersions;
        this.entityManager = entityManager;
    }

    /** The report as it would be published now: the latest scorecard with the current narrative. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportContent> draft(String departmentCode, int fiscalYear) {
        return scorecards.latest(departmentCode, fiscalYear).map(this::compose);
    }

    /** A department publishes its report: from now on it is kept up to date automatically. */
    @Transactional
    public ReportVersion publish(String departmentCode, int fiscalYear, String actor) {
        lock.lock(departmentCode, fiscalYear);
        ScorecardSnapshot scorecard = scorecards.latest(departmentCode, fiscalYear)
                .orElseThrow(() -> ProblemException.conflict("There is no scorecard for " + departmentCode + "/"
                        + fiscalYear + " yet: nothing to publish"));
        entityManager.createNativeQuery("""
                INSERT INTO publication (department_code, fiscal_year, published_by, first_published)
                VALUES (:dept, :year, :actor, :now) ON CONFLICT DO NOTHING
                """)
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear)
                .setParameter("actor", actor).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return publishIfChanged(scorecard).orElseGet(() -> ReportVersion.latest(departmentCode, fiscalYear).orElseThrow());
    }

    /** Called for every newly received scorecard. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReportVersion> republishIfPublished(ScorecardSnapshot scorecard) {
        lock.lock(scorecard.departmentCode(), scorecard.fiscalYear());
        if (!isPublished(scorecard.departmentCode(), scorecard.fiscalYear())) {
            return Optional.empty();
        }
        return publishIfChanged(scorecard);
    }

    /** Called after a narrative edit: the latest scorecard with the new text. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReportVersion> republishIfPublished(String departmentCode, int fiscalYear) {
        lock.lock(departmentCode, fiscalYear);
        if (!isPublished(departmentCode, fiscalYear)) {
            return Optional.empty();
        }
        return scorecards.latest(departmentCode, fiscalYear).flatMap(this::publishIfChanged);
    }

    public boolean isPublished(String departmentCode, int fiscalYear) {
        return ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM publication WHERE department_code = :dept AND fiscal_year = :year")
                .setParameter("dept", departmentCode).setParameter("year", fiscalYear)
                .getSingleResult()).intValue() > 0;
    }

    private Optional<ReportVersion> publishIfChanged(ScorecardSnapshot scorecard) {
        ReportContent content = compose(scorecard);
        String json = canonicalJson(content);
        String hash = sha256(json);
        Optional<ReportVersion> latest = ReportVersion.latest(scorecard.departmentCode(), scorecard.fiscalYear());
        if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
            return Optional.empty();
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
        latestVersions.publishing(version.departmentCode, version.fiscalYear, version.number);
        events.publish(new OutgoingEvent(TOPIC, EVENT_TYPE, SCHEMA, version.departmentCode, version.fiscalYear,
                version.departmentCode + "/" + version.fiscalYear + "/report/versions/" + version.number,
                ReportVersionView.of(version)));
        return Optional.of(version);
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
