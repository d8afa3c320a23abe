package cn.perfeval.scoring.engine.bench;

import cn.perfeval.testinfra.bench.BenchmarksJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ScoringEngineBenchmark} through JMH (any JMH command-line option, e.g. {@code -wi 3 -w 2 -i 5 -r 2
 * -prof gc}, applies) and records its score as {@code engine.scorecardsPerSecond} in benchmarks.json. The benchmark
 * checks its scorecard before it is timed; a failing check fails the run, and nothing is recorded.
 */
public final class ScoringEngineBenchmarkRun {

    static final String FIGURE = "engine.scorecardsPerSecond";

    private ScoringEngineBenchmarkRun() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(ScoringEngineBenchmark.class.getName() + ".scoreOneDepartment")
                .shouldFailOnError(true)
                .build();
        RunResult result = new Runner(options).runSingle();
        BigDecimal scorecardsPerSecond = BigDecimal.valueOf(result.getPrimaryResult().getScore())
                .setScale(0, RoundingMode.HALF_UP);
        BenchmarksJson.ofCheckout().record(FIGURE, scorecardsPerSecond, "scorecards/s");
    }
}
