package cn.perfeval.scoring.scorecard;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import cn.perfeval.scoring.bureau.LatestScorecards;
import cn.perfeval.scoring.engine.ScoringEngine;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import cn.perfeval.scoring.judgement.Judgement;
import cn.perfeval.scoring.projection.FactRecord;
import cn.perfeval.scoring.projection.FactsAssembler;
import cn.perfeval.scoring.projection.ProjectionStore;
import cn.perfeval.scoring.recompute.EvaluationScorer;
import cn.perfeval.scoring.persistence.ContentHash;
import cn.perfeval.scoring.rectification.task.CarriedTask;
import cn.perfeval.scoring.rectification.task.RectificationTask;
import cn.perfeval.scoring.review.ReviewDecisionEntry;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one evaluation from its projected facts (and the rectification tasks carried from the previous year) and keeps the result when, and only when, it differs from the
 * last stored scorecard; each stored version is published on {@value #TOPIC} through the outbox.
 */
@ApplicationScoped
public class ScorecardService implements EvaluationScorer {

    public static final String TOPIC = "score-events";
    public static final String EVENT_TYPE = "cn.perfeval.scoring.scorecard.published";
    static final URI SCHEMA = URI.create("/schemas/scorecard-published-v1.json");

    private final ProjectionStore projection;
    private final FactsAssembler assembler;
    private final SchemeCatalog schemes;
    private final EventPublisher events;
    private final ObjectMapper mapper;
    private final LatestScorecards latestScorecards;

    public ScorecardService(ProjectionStore projection, FactsAssembler assembler, SchemeCatalog schemes,
            EventPublisher events, ObjectMapper mapper, LatestScorecards latestScorecards) {
        this.latestScorecards = latestScorecards;
        this.projection = projection;
        this.assembler = assembler;
        this.schemes = schemes;
        this.events = events;
        this.mapper = mapper;
    }

    /** @return the new version, or empty when the scorecard did not change */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ScorecardVersion> recompute(String departmentCode, int fiscalYear) {
        List<FactRecord> records = projection.load(departmentCode, fiscalYear);
        List<RectificationTask> carried = RectificationTask.carriedInto(departmentCode, fiscalYear);
        Facts facts = assembler.assemble(departmentCode, fiscalYear, records, Judgement.of(departmentCode, fiscalYear),
                ReviewDecisionEntry.latestOf(departmentCode, fiscalYear), carried);
        Scorecard scorecard = ScoringEngine.score(schemes.currentScheme(), facts);
        ReportedFacts reported = ReportedFacts.of(records);
        List<CarriedTask> carriedRectification = carried.stream().map(CarriedTask::of).toList();

        String hash = ContentHash.of(Map.of("scorecard", scorecard, "reported", reported,
                "carriedRectification", carriedRectification));
        Optional<ScorecardVersion> latest = ScorecardVersion.latest(departmentCode, fiscalYear);
        if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
            return Optional.empty();
        }
        int next = latest.map(v -> v.version + 1).orElse(1);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ScorecardDocument document = new ScorecardDocument(departmentCode, fiscalYear, next, now, scorecard,
                reported.department(), reported.evaluation(), reported.indicators(), reported.budget(), reported.findings(),
                carriedRectification);

        ScorecardVersion stored = new ScorecardVersion();
        stored.departmentCode = departmentCode;
        stored.fiscalYear = fiscalYear;
        stored.version = next;
        stored.schemeId = scorecard.schemeId();
        stored.schemeVersion = scorecard.schemeVersion();
        stored.total = scorecard.total();
        stored.grade = scorecard.grade().name();
        stored.complete = scorecard.complete();
        stored.snapshot = toJson(document);
        stored.contentHash = hash;
        stored.computedAt = now;
        stored.persist();
        latestScorecards.store(departmentCode, fiscalYear, next, scorecard);

        events.publish(new OutgoingEvent(TOPIC, EVENT_TYPE, SCHEMA, departmentCode, fiscalYear,
                departmentCode + "/" + fiscalYear + "/scorecard/" + next, document));
        return Optional.of(stored);
    }

    private String toJson(ScorecardDocument document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
