package cn.perfeval.localstack.province;

import cn.perfeval.localstack.Api;
import cn.perfeval.localstack.StackException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Waits for the scorecards of the loaded department-years, one thread going round those still waiting: an evaluation
 * has its scorecard once that scorecard is complete (every input the scheme scores has arrived) and scored every
 * indicator of the table with its actual. The loader's writers go on meanwhile, so the waiting costs them nothing.
 */
final class ScorecardWatch {

    /** An evaluation whose scorecard is awaited: its code, year and how many indicators the table had. */
    record Awaited(String code, int year, int indicators) {
    }

    private final LinkedBlockingQueue<Awaited> waiting = new LinkedBlockingQueue<>();
    private final AtomicInteger scored = new AtomicInteger();
    private final StackUrls urls;
    private final Api reader;

    /** @param reader a client whose token reads every department's scorecard (the bureau's reviewer) */
    ScorecardWatch(StackUrls urls, Api reader) {
        this.urls = urls;
        this.reader = reader;
    }

    void await(DepartmentYear y) {
        waiting.add(new Awaited(y.code(), y.year(), y.indicators().size()));
    }

    int scored() {
        return scored.get();
    }

    /**
     * Goes round the waiting evaluations until {@code expected} have their scorecard; fails when none does for
     * {@code patience} (something is stuck: the message names a few waiting and what their scorecards miss).
     *
     * @param check run about once a second; throws to end the wait (a writer failed)
     */
    void awaitAll(int expected, Duration patience, Runnable check) throws InterruptedException {
        long lastProgress = System.nanoTime();
        long lastCheck = 0;
        while (scored.get() < expected) {
            if (System.nanoTime() - lastCheck > 1_000_000_000L) {
                check.run();
                lastCheck = System.nanoTime();
            }
            Awaited next = waiting.poll(1, TimeUnit.SECONDS);
            if (next != null && hasScorecard(next)) {
                scored.incrementAndGet();
                lastProgress = System.nanoTime();
            } else if (next != null) {
                waiting.add(next);
                // a round with nothing new: let the services work instead of asking again at once
                Thread.sleep(Math.max(1, 200 / Math.max(1, waiting.size())));
            }
            if (System.nanoTime() - lastProgress > patience.toNanos()) {
                throw new StackException("No new scorecard for " + patience.toSeconds() + " s; still waiting for "
                        + stuck());
            }
        }
    }

    private boolean hasScorecard(Awaited evaluation) {
        Api.Response response = reader.get(StackUrls.evaluation(urls.scoring(), evaluation.code(), evaluation.year())
                + "/scorecard");
        if (response.status() != 200) {
            return false;
        }
        JsonNode scorecard = response.json();
        int withActual = 0;
        for (JsonNode indicator : scorecard.path("indicators")) {
            withActual += indicator.hasNonNull("actual") ? 1 : 0;
        }
        return scorecard.path("complete").asBoolean() && withActual == evaluation.indicators();
    }

    private String stuck() {
        List<String> names = new ArrayList<>();
        waiting.stream().limit(5).forEach(e -> names.add(e.code() + " " + e.year() + " (missing " + reader.get(
                StackUrls.evaluation(urls.scoring(), e.code(), e.year()) + "/scorecard").json().path("missing") + ")"));
        return waiting.size() + " evaluations, e.g. " + String.join("; ", names);
    }
}
