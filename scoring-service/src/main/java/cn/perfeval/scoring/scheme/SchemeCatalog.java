package cn.perfeval.scoring.scheme;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.engine.scheme.CompiledScheme;
import cn.perfeval.scoring.engine.scheme.InvalidSchemeException;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeParser;
import cn.perfeval.scoring.engine.scheme.SchemeProblem;
import cn.perfeval.scoring.engine.scheme.SchemeValidator;
import cn.perfeval.scoring.persistence.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import cn.perfeval.platform.audit.AuditTrail;
import cn.perfeval.platform.audit.AuditedChange;
import cn.perfeval.platform.concurrency.AdvisoryLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scoring schemes as versioned data. The shipped Guangzhou scheme is stored on first start; administrators add
 * versions through the API. An evaluation is scored under the latest version of the default scheme, and its
 * scorecard records which one.
 */
@ApplicationScoped
public class SchemeCatalog {

    static final String SHIPPED_SCHEME = "schemes/guangzhou-2023.yaml";

    private final EntityManager entityManager;
    private final String defaultSchemeId;
    private final AuditTrail audit;
    private final AdvisoryLocks locks;
    private final Map<String, CompiledScheme> compiled = new ConcurrentHashMap<>();

    public SchemeCatalog(EntityManager entityManager, SchemeConfig config, AuditTrail audit, AdvisoryLocks locks) {
        this.entityManager = entityManager;
        this.locks = locks;
        this.defaultSchemeId = config.defaultScheme();
        this.audit = audit;
    }

    void storeShippedScheme(@Observes StartupEvent event) {
        storeShipped(resource(SHIPPED_SCHEME));
    }

    /**
     * Stores a shipped scheme version the database does not hold yet. A stored version is immutable (scorecards
     * cite it), so a shipped file edited under a version the database already holds stops the service here rather
     * than being ignored: the edit needs a new version. Comments and layout are not an edit; what is compared is
     * the scheme they parse to.
     *
     * @throws IllegalStateException when the stored copy of this version says something else
     */
    void storeShipped(String document) {
        Scheme scheme = SchemeParser.parse(document);
        QuarkusTransaction.requiringNew().run(() -> {
            // instances starting together store it one after another: the later one finds the first one's row
            locks.hold("shipped-scheme:" + scheme.id());
            find(scheme.id(), scheme.version()).ifPresentOrElse(stored -> requireUnchanged(stored, scheme),
                    () -> insert(scheme, document, "system"));
        });
    }

    private static void requireUnchanged(SchemeVersionRow stored, Scheme shipped) {
        if (!SchemeParser.parse(stored.document()).equals(shipped)) {
            throw new IllegalStateException("The shipped scheme " + SHIPPED_SCHEME + " differs from the stored "
                    + shipped.id() + " version " + shipped.version() + ", and a stored version never changes "
                    + "(scorecards cite it). Give the edited file a new version (version: \"…\") to have every "
                    + "evaluation rescored under it, or restore the file.");
        }
    }

    /** The compiled scheme every evaluation is scored under: the latest version of the default scheme. */
    public CompiledScheme currentScheme() {
        SchemeVersionRow latest = latestDefault();
        return compiled.computeIfAbsent(latest.schemeId() + "@" + latest.version(),
                key -> SchemeValidator.compile(SchemeParser.parse(latest.document())));
    }

    /** Validates and stores a new scheme version; every problem is reported at once, naming its item. */
    @Transactional
    public Scheme add(String document, String actor) {
        Scheme scheme;
        try {
            scheme = SchemeParser.parse(document);
            List<SchemeProblem> problems = SchemeValidator.validate(scheme);
            if (!problems.isEmpty()) {
                throw new InvalidSchemeException(problems);
            }
        } catch (InvalidSchemeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "The scheme is not valid: " + e.getMessage(),
                    e.problems().stream().map(SchemeCatalog::fieldError).toList());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation("document", e.getMessage());
        }
        if (find(scheme.id(), scheme.version()).isPresent()) {
            throw ProblemException.conflict("Scheme " + scheme.id() + " version " + scheme.version()
                    + " exists; versions are immutable, give the new one another version");
        }
        insert(scheme, document, actor);
        // A scheme belongs to no department: the audit trail files it under "every department" (AuditTrail.ALL).
        audit.record(AuditedChange.of(AuditTrail.ALL_DEPARTMENTS, null, "scheme-version",
                scheme.id() + ":" + scheme.version(), null, java.util.Map.of("schemeId", scheme.id(),
                        "version", scheme.version(), "name", scheme.name(), "document", document)));
        return scheme;
    }

    public List<SchemeVersionRow> list() {
        return rows("SELECT scheme_id, version, name, document, created_by, created_at FROM scheme_version "
                + "ORDER BY scheme_id, created_at", Map.of());
    }

    public Optional<SchemeVersionRow> find(String schemeId, String version) {
        return rows("SELECT scheme_id, version, name, document, created_by, created_at FROM scheme_version "
                + "WHERE scheme_id = :id AND version = :version", Map.of("id", schemeId, "version", version))
                .stream().findFirst();
    }

    public String defaultSchemeId() {
        return defaultSchemeId;
    }

    /** The version of the default scheme evaluations are scored under now: the one stored last. */
    public String defaultSchemeVersion() {
        return latestDefault().version();
    }

    private SchemeVersionRow latestDefault() {
        return latest(defaultSchemeId)
                .orElseThrow(() -> new IllegalStateException("Default scheme " + defaultSchemeId + " is not stored"));
    }

    private Optional<SchemeVersionRow> latest(String schemeId) {
        return rows("SELECT scheme_id, version, name, document, created_by, created_at FROM scheme_version "
                + "WHERE scheme_id = :id ORDER BY created_at DESC LIMIT 1", Map.of("id", schemeId)).stream().findFirst();
    }

    private void insert(Scheme scheme, String document, String actor) {
        entityManager.createNativeQuery("""
                INSERT INTO scheme_version (scheme_id, version, name, document, created_by, created_at)
                VALUES (:id, :version, :name, :document, :actor, :now)
                """)
                .setParameter("id", scheme.id()).setParameter("version", scheme.version())
                .setParameter("name", scheme.name()).setParameter("document", document)
                .setParameter("actor", actor).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    private List<SchemeVersionRow> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new SchemeVersionRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], SqlValues.timestamp(r[5]))).toList();
    }

    private static Problem.FieldError fieldError(SchemeProblem problem) {
        String field = problem.itemCode() == null ? problem.field()
                : "items[" + problem.itemCode() + "]" + (problem.field() == null ? "" : "." + problem.field());
        return new Problem.FieldError(field, problem.message());
    }

    private static String resource(String name) {
        try (InputStream in = SchemeCatalog.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Scheme resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One stored scheme version. */
    public record SchemeVersionRow(String schemeId, String version, String name, String document, String createdBy,
            OffsetDateTime createdAt) {
    }
}
