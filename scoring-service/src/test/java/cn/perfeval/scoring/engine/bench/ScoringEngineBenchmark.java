package cn.perfeval.scoring.engine.bench;

import cn.perfeval.scoring.engine.GuangzhouSeed;
import cn.perfeval.scoring.engine.ScoringEngine;
import cn.perfeval.scoring.engine.facts.Facts;
import cn.perfeval.scoring.engine.facts.IndicatorFact;
import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.scheme.CompiledScheme;
import cn.perfeval.scoring.engine.scheme.SchemeParser;
import cn.perfeval.scoring.engine.scheme.SchemeValidator;
import cn.perfeval.scoring.engine.scorecard.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scorecards per second for one department: the full Guangzhou scheme over the seed's facts with 30 indicators
 * (the seed's eleven plus nineteen more of the same kinds, some missed). One thread, i.e. one core. Run it with
 * {@link ScoringEngineBenchmarkRun}, which records the figure in benchmarks.json.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScoringEngineBenchmark {

    /**
     * What these facts score: the seed's 95.54 less the nineteen extra indicators' effect (every fourth at 90% of its
     * target); the engine gave it before it was tuned for speed (commit a6e99d2), and the tuning must not change it.
     */
    static final BigDecimal EXPECTED_TOTAL = new BigDecimal("94.78");

    private CompiledScheme scheme;
    private Facts facts;

    @Setup
    public void setUp() {
        scheme = SchemeValidator.compile(SchemeParser.parse(resource("schemes/guangzhou-2023.yaml")));
        Facts seed = GuangzhouSeed.facts();
        List<IndicatorFact> indicators = new ArrayList<>(seed.indicators());
        for (int i = indicators.size(); i < 30; i++) {
            IndicatorFact model = seed.indicators().get(i % seed.indicators().size());
            BigDecimal actual = i % 4 == 0 ? model.target().multiply(new BigDecimal("0.9")) : model.actual();
            indicators.add(new IndicatorFact("EXTRA-" + i, 1, i % 3 == 0 ? IndicatorKind.BENEFIT : model.kind(),
                    model.level2(), model.name() + " " + i, model.comparator(), model.target(), actual, null, null, null));
        }
        facts = new Facts(seed.departmentCode(), seed.fiscalYear(), indicators, seed.numbers(), seed.recordSets(),
                seed.judgements());
        requireExpectedTotal(scoreOneDepartment());
    }

    /** A fast engine that scores wrongly is no result: the run stops before anything is timed. */
    private static void requireExpectedTotal(Scorecard scorecard) {
        if (scorecard.total().compareTo(EXPECTED_TOTAL) != 0 || !scorecard.complete()) {
            throw new IllegalStateException("The benchmark's facts scored " + scorecard.total() + " (complete: "
                    + scorecard.complete() + "), expected a complete " + EXPECTED_TOTAL + ": the engine is wrong");
        }
    }

    @Benchmark
    public Scorecard scoreOneDepartment() {
        return ScoringEngine.score(scheme, facts);
    }

    private static String resource(String name) {
        try (InputStream in = ScoringEngineBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
