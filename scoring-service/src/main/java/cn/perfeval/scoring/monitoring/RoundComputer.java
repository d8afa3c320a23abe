package cn.perfeval.scoring.monitoring;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import cn.perfeval.scoring.monitoring.domain.MonitoringComputation;
import cn.perfeval.scoring.monitoring.domain.RoundContent;
import cn.perfeval.scoring.monitoring.domain.RoundInputs;
import cn.perfeval.scoring.monitoring.thresholds.MonitoringThresholdCatalog;
import cn.perfeval.scoring.persistence.ContentHash;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.recompute.EvaluationFollower;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Computes rounds and keeps a new version only when the content (or the state) changed; each new version is
 * published on {@value #TOPIC} through the outbox. The recompute worker refreshes every open round of an
 * evaluation whose facts changed, after its scorecard.
 */
@ApplicationScoped
public class RoundComputer implements EvaluationFollower {

    public static final String TOPIC = "monitoring-events";
    public static final String EVENT_TYPE = "cn.perfeval.scoring.monitoring-round.changed";
    static final URI SCHEMA = URI.create("/schemas/monitoring-round-v1.json");

    private final RoundStore store;
    private final ProjectionStore projection;
    private final MonitoringThresholdCatalog thresholds;
    private final EventPublisher events;

    RoundComputer(RoundStore store, ProjectionStore projection, MonitoringThresholdCatalog thresholds,
            EventPublisher events) {
        this.store = store;
        this.projection = projection;
        this.thresholds = thresholds;
        this.events = events;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh(String departmentCode, int fiscalYear) {
        for (LocalDate asOf : store.openRounds(departmentCode, fiscalYear)) {
            RoundKey key = new RoundKey(departmentCode, fiscalYear, asOf);
            // closed meanwhile: a closed round is frozen
            store.lock(key).filter(round -> round.state() == RoundState.OPEN).ifPresent(this::recompute);
        }
    }

    /** Recomputes a round the caller has locked; the latest version afterwards. */
    @Transactional(Transactional.TxType.MANDATORY)
    RoundDocument recompute(RoundStore.RoundRow round) {
        RoundKey key = round.key();
        MonitoringFacts facts = MonitoringFacts.of(projection.load(key.departmentCode(), key.fiscalYear()));
        RoundInputs inputs = new RoundInputs(key.asOf(), thresholds.current(round.schemeId())
                .orElseThrow(() -> new IllegalStateException("Scheme " + round.schemeId() + " has no thresholds"))
                .thresholds(), facts.pace(), facts.indicators(), store.assessments(key));
        return store(round, round.state(), MonitoringComputation.compute(inputs));
    }

    /** Stores and publishes {@code content} in {@code state} as the next version, unless the latest says the same. */
    @Transactional(Transactional.TxType.MANDATORY)
    RoundDocument store(RoundStore.RoundRow round, RoundState state, RoundContent content) {
        String hash = ContentHash.of(Map.of("state", state, "content", content));
        Optional<RoundStore.StoredVersion> latest = store.latest(round.key());
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return latest.get().document();
        }
        int version = latest.map(v -> v.document().version() + 1).orElse(1);
        RoundDocument document = RoundDocument.of(round.key(), round.schemeId(), state, version,
                OffsetDateTime.now(ZoneOffset.UTC), content);
        store.insertVersion(document, hash);
        events.publish(new OutgoingEvent(TOPIC, EVENT_TYPE, SCHEMA, round.key().departmentCode(),
                round.key().fiscalYear(), round.key().path() + "/" + version, document));
        return document;
    }
}
