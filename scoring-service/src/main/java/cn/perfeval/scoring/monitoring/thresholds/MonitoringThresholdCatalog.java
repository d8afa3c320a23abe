package cn.perfeval.scoring.monitoring.thresholds;

import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.concurrency.AdvisoryLocks;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.monitoring.domain.ThresholdValues;
import cn.perfeval.scoring.persistence.SqlValues;
import cn.perfeval.scoring.recompute.PendingRecomputes;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The monitoring thresholds of each scheme as versions: {@code monitoring/<scheme id>.yaml} is version 1 (stored
 * on first use; the default scheme's at startup, so a broken file stops the service), each replacement the next.
 * A replacement marks every open round of the scheme for a recompute.
 */
@ApplicationScoped
public class MonitoringThresholdCatalog {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final SchemeCatalog schemes;
    private final PendingRecomputes pending;
    private final AuditTrail audit;
    private final AdvisoryLocks locks;

    public MonitoringThresholdCatalog(EntityManager entityManager, ObjectMapper mapper, SchemeCatalog schemes,
            PendingRecomputes pending, AuditTrail audit, AdvisoryLocks locks) {
        this.entityManager = entityManager;
        this.locks = locks;
        this.mapper = mapper;
        this.schemes = schemes;
        this.pending = pending;
        this.audit = audit;
    }

    void storeDefaultSchemeFile(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> current(schemes.defaultSchemeId()));
    }

    /** The latest version of the scheme's thresholds; empty for a scheme with neither a stored version nor a file. */
    @Transactional
    public Optional<ThresholdsView> current(String schemeId) {
        Optional<ThresholdsView> latest = latest(schemeId);
        if (latest.isPresent() || shippedFile(schemeId).isEmpty()) {
            return latest;
        }
        lock(schemeId);
        // another transaction may have stored the file while this one waited for the lock
        return latest(schemeId).or(() -> shippedFile(schemeId).map(values -> insert(schemeId, 1, values, "system")));
    }

    /**
     * Stores {@code values} as the scheme's next version and marks its open rounds for a recompute.
     *
     * @throws ProblemException 404 for a scheme without thresholds, 400 listing every rule the values break
     */
    @Transactional
    public ThresholdsView replace(String schemeId, ThresholdValues values, String actor) {
        lock(schemeId);
        ThresholdsView before = current(schemeId)
                .orElseThrow(() -> ProblemException.notFound("Scheme " + schemeId + " has no monitoring thresholds"));
        List<ThresholdValues.Problem> problems = values.problems();
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The thresholds are not valid: " + problems.stream()
                    .map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
        }
        ThresholdsView stored = insert(schemeId, Integer.parseInt(before.version()) + 1, values, actor);
        // Thresholds belong to no department: the audit trail files them under "every department".
        audit.record(AuditedChange.of(AuditTrail.ALL_DEPARTMENTS, null, "monitoring-thresholds", schemeId, before, stored));
        markOpenRounds(schemeId);
        return stored;
    }

    /** Serialises the writers of one scheme's versions, so two replacements never take the same number. */
    private void lock(String schemeId) {
        locks.hold("monitoring-thresholds:" + schemeId);
    }

    private void markOpenRounds(String schemeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> evaluations = entityManager.createNativeQuery("""
                SELECT DISTINCT department_code, fiscal_year FROM monitoring_round
                 WHERE scheme_id = :scheme AND state = 'OPEN'
                """).setParameter("scheme", schemeId).getResultList();
        evaluations.forEach(e -> pending.request((String) e[0], ((Number) e[1]).intValue()));
    }

    private Optional<ThresholdsView> latest(String schemeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT version, CAST(document AS text), created_by, created_at FROM monitoring_thresholds
                 WHERE scheme_id = :scheme ORDER BY version DESC LIMIT 1
                """).setParameter("scheme", schemeId).getResultList();
        return rows.stream().findFirst().map(row -> view(schemeId, ((Number) row[0]).intValue(),
                read((String) row[1]), (String) row[2], SqlValues.timestamp(row[3])));
    }

    private ThresholdsView insert(String schemeId, int version, ThresholdValues values, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.createNativeQuery("""
                INSERT INTO monitoring_thresholds (scheme_id, version, document, created_by, created_at)
                VALUES (:scheme, :version, CAST(:document AS jsonb), :actor, :now)
                """).setParameter("scheme", schemeId).setParameter("version", version)
                .setParameter("document", write(values)).setParameter("actor", actor).setParameter("now", now)
                .executeUpdate();
        return view(schemeId, version, values, actor, now);
    }

    private static ThresholdsView view(String schemeId, int version, ThresholdValues values, String actor,
            OffsetDateTime at) {
        return new ThresholdsView(schemeId, String.valueOf(version), values.budgetPace(), values.targetProgress(),
                actor, at);
    }

    /** The scheme's shipped file, checked like a PUT body; a broken file is a startup failure naming it. */
    static Optional<ThresholdValues> shippedFile(String schemeId) {
        String resource = "monitoring/" + schemeId + ".yaml";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            ThresholdValues values = YAML.readValue(in, ThresholdValues.class);
            if (!values.problems().isEmpty()) {
                throw new IllegalStateException(resource + ": " + values.problems());
            }
            return Optional.of(values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private String write(ThresholdValues values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ThresholdValues read(String json) {
        try {
            return mapper.readValue(json, ThresholdValues.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt monitoring thresholds", e);
        }
    }
}
