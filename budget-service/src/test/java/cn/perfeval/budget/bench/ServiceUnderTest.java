package cn.perfeval.budget.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged budget-service ({@code target/quarkus-app/quarkus-run.jar}) as its own process with a fixed heap,
 * logging its garbage collections to a file. The heap figures come from that log: the heap in use when each
 * collection started (the highest is the peak the service reached) and what was left after it (an upper bound of
 * the live data). Reading a log costs the service nothing, unlike polling it while it works.
 */
final class ServiceUnderTest implements AutoCloseable {

    /** e.g. {@code GC(12) Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(128M) 3.456ms} */
    private static final Pattern HEAP_CHANGE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final Path gcLog;
    private final String baseUrl;

    private ServiceUnderTest(Process process, Path gcLog, String baseUrl) {
        this.process = process;
        this.gcLog = gcLog;
        this.baseUrl = baseUrl;
    }

    static ServiceUnderTest start(Path jar, String maxHeap, int port, Map<String, String> config, Path workDir,
                                  boolean flightRecording) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: build it with ./mvnw -pl budget-service -am package -DskipTests");
        }
        try {
            Files.createDirectories(workDir);
            Path gcLog = workDir.resolve("gc.log");
            Files.deleteIfExists(gcLog);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms" + maxHeap, "-Xmx" + maxHeap, "-Xlog:gc:file=" + gcLog,
                    "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
            if (flightRecording) {
                command.add("-XX:StartFlightRecording=filename=" + workDir.resolve("budget-service.jfr") + ",settings=profile");
            }
            config.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", jar.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("budget-service.log").toFile()).start();
            return new ServiceUnderTest(process, gcLog, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    void awaitReady(HttpClient http, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("budget-service exited with " + process.exitValue() + " while starting");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("budget-service not ready within " + timeout);
    }

    /** Where the GC log ends now: collections after this mark belong to what happens next. */
    long gcLogMark() {
        try {
            return Files.exists(gcLog) ? Files.size(gcLog) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The collections logged since {@code mark}. */
    HeapFigures heapSince(long mark) {
        try {
            byte[] log = Files.readAllBytes(gcLog);
            String since = new String(log, (int) Math.min(mark, log.length), (int) (log.length - Math.min(mark, log.length)));
            long peakBefore = 0;
            long maxAfter = 0;
            int collections = 0;
            Matcher change = HEAP_CHANGE.matcher(since);
            while (change.find()) {
                collections++;
                peakBefore = Math.max(peakBefore, bytes(change.group(1), change.group(2)));
                maxAfter = Math.max(maxAfter, bytes(change.group(3), change.group(4)));
            }
            return new HeapFigures(collections, peakBefore, maxAfter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU seconds (user + system) the service process has used so far, from /proc (Linux). */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted from the state field as 3.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static long bytes(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }

    /** Heap figures of the collections in a window. */
    record HeapFigures(int collections, long peakBeforeCollection, long maxAfterCollection) {
    }
}
