package cn.perfeval.scoring.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.Generate.range;

import cn.perfeval.scoring.FactPayloads;
import cn.perfeval.scoring.engine.FactsGenerators;
import cn.perfeval.scoring.engine.ScoringEngine;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.Reviews;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.scheme.CompiledScheme;
import cn.perfeval.scoring.scheme.SchemeCatalog;
import cn.perfeval.testinfra.RealInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The order invariant where the order is decided, in the projection on PostgreSQL: an evaluation's events,
 * each entity in an older and a newer version and some delivered twice, upserted in any order, leave the facts of
 * the newer versions, which score as those facts do. QuickTheories generates the facts and the delivery order and
 * shrinks a failure to a small one.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_tests"))
class ProjectionArrivalOrderTests {

    private static final int YEAR = 2023;
    private static final AtomicInteger EVALUATIONS = new AtomicInteger();

    @Inject
    ProjectionStore projection;

    @Inject
    FactsAssembler assembler;

    @Inject
    SchemeCatalog schemes;

    /** The newer facts of one evaluation, and its events (newer and older versions, some twice) in arrival order. */
    private record Arrival(Facts newer, List<FactRecord> events) {

        String describe() {
            return FactsGenerators.describe(newer) + "\n  arriving as " + events.stream()
                    .map(event -> event.entityType() + " " + event.entityId() + " v" + event.version()).toList();
        }
    }

    private Gen<Arrival> arrivals(CompiledScheme scheme) {
        Gen<Facts> facts = FactsGenerators.facts(scheme.scheme());
        Gen<Arrival> arrivals = in -> {
            String dept = "ORDER" + EVALUATIONS.incrementAndGet();
            Facts newer = inEvaluation(dept, facts.generate(in), 2);
            Facts older = inEvaluation(dept, facts.generate(in), 1);
            List<FactRecord> events = new ArrayList<>(versioned(FactPayloads.records(newer), 2));
            Map<String, FactRecord> olderById = new HashMap<>();
            versioned(FactPayloads.records(older), 1).forEach(event -> olderById.put(event.entityId(), event));
            for (FactRecord event : List.copyOf(events)) {
                // an older version of the same entity, when the older facts have it, and some events twice
                if (olderById.containsKey(event.entityId())) {
                    events.add(olderById.get(event.entityId()));
                }
                if (FactsGenerators.chance(20).generate(in)) {
                    events.add(event);
                }
            }
            return new Arrival(newer, FactsGenerators.reordered(events).generate(in));
        };
        return arrivals.describedAs(Arrival::describe);
    }

    @Test
    void eventsArrivingInAnyOrderLeaveTheNewestFactsAndTheirScorecard() {
        CompiledScheme scheme = schemes.currentScheme();
        QuickTheory.qt().withExamples(40).forAll(arrivals(scheme)).checkAssert(arrival -> {
            for (FactRecord event : arrival.events()) {
                QuarkusTransaction.requiringNew().run(() -> projection.upsert(event, "event-" + event.version()));
            }
            Facts projected = QuarkusTransaction.requiringNew().call(() -> assembler.assemble(
                    arrival.newer().departmentCode(), YEAR, projection.load(arrival.newer().departmentCode(), YEAR), List.of(),
                    Reviews.NONE, List.of()));

            assertThat(ScoringEngine.score(scheme, projected)).isEqualTo(ScoringEngine.score(scheme, arrival.newer()));
        });
    }

    /** The facts as one department's, every indicator id its own (the projection keys entities by type and id). */
    private static Facts inEvaluation(String dept, Facts facts, long indicatorVersion) {
        List<IndicatorFact> indicators = facts.indicators().stream()
                .map(i -> new IndicatorFact(dept + "-" + i.id(), indicatorVersion, i.kind(), i.level2(), i.name(),
                        i.comparator(), i.target(), i.actual(), i.weight(), i.qualitativeShare(), i.grade()))
                .toList();
        return new Facts(dept, YEAR, indicators, facts.numbers(), facts.recordSets(), Map.of());
    }

    private static List<FactRecord> versioned(List<FactRecord> records, long version) {
        return records.stream().map(record -> new FactRecord(record.entityType(), record.entityId(),
                record.departmentCode(), record.fiscalYear(), version, false, record.payload())).toList();
    }
}
