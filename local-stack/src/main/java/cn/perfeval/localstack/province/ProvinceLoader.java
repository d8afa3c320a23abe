package cn.perfeval.localstack.province;

import cn.perfeval.localstack.Api;
import cn.perfeval.localstack.StackException;
import cn.perfeval.testinfra.DevTokens;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads a generated province into a running stack through the public APIs: each department by its own staff and
 * ERP, with development tokens of their roles for that department only ({@link DepartmentYearWriter}); at most
 * {@code concurrency} departments at once (a department's years one after another, so its record is written once);
 * then waits until every evaluation has its scorecard ({@link ScorecardWatch}), printing progress meanwhile.
 */
public final class ProvinceLoader {

    /** How long the watch waits without a single new scorecard before it calls the load stuck. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final StackUrls urls;
    private final DevTokens tokens;
    private final PrintStream out;
    private final HttpClient http = Api.newClient();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();

    public ProvinceLoader(StackUrls urls, DevTokens tokens, PrintStream out) {
        this.urls = urls;
        this.tokens = tokens;
        this.out = out;
    }

    /** What a load did: department-years, requests, and the time until the last scorecard. */
    public record Result(int departmentYears, long requests, Duration elapsed) {

        public double perSecond() {
            return departmentYears / (elapsed.toNanos() / 1e9);
        }
    }

    /** Loads department-years 0 to {@code count - 1} of {@code province} and waits for their scorecards. */
    public Result load(ProvinceGenerator province, int count, int concurrency) {
        long started = System.nanoTime();
        ScorecardWatch watch = new ScorecardWatch(urls, new Api(http,
                tokens.token("province-reviewer", Set.of("bureau-reviewer"), Set.of())));
        ExecutorService writers = Executors.newFixedThreadPool(concurrency);
        Progress progress = new Progress(out, count, written::get, watch::scored, started).start();
        try {
            List<Future<?>> departments = new ArrayList<>();
            int years = ProvinceGenerator.YEARS.size();
            for (int first = 0; first < count; first += years) {
                int from = first;
                int to = Math.min(first + years, count);
                departments.add(writers.submit(() -> writeDepartment(province, from, to, watch)));
            }
            writers.shutdown();
            watch.awaitAll(count, PATIENCE, () -> failureOf(departments));
            failureOf(departments);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted");
        } finally {
            writers.shutdownNow();
            progress.stop();
        }
        return new Result(count, requests.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Writes department-years {@code from} to {@code to - 1}, the years of one department, in order. */
    private void writeDepartment(ProvinceGenerator province, int from, int to, ScorecardWatch watch) {
        String code = province.departmentYear(from).code();
        Api staff = new Api(http, tokens.token("province-editor-" + code, Set.of("department-editor"), Set.of(code)));
        Api erp = new Api(http, tokens.token("province-erp-" + code, Set.of("erp-integration"), Set.of(code)));
        DepartmentYearWriter writer = new DepartmentYearWriter(urls, staff, erp);
        for (int index = from; index < to; index++) {
            DepartmentYear y = province.departmentYear(index);
            try {
                requests.addAndGet(writer.write(y, index == from));
            } catch (StackException e) {
                throw new StackException("Department-year " + index + " (" + y.code() + " " + y.year() + "): "
                        + e.getMessage());
            }
            watch.await(y);
            written.incrementAndGet();
        }
    }

    /** Throws the first failure of a finished writer, so a refused write ends the load instead of the watch's patience. */
    private static void failureOf(List<Future<?>> departments) {
        for (Future<?> department : departments) {
            if (department.isDone()) {
                try {
                    department.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof StackException stack ? stack : new StackException(e.getCause().toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StackException("Interrupted");
                }
            }
        }
    }
}
