package cn.perfeval.testinfra.bench;

import cn.perfeval.testinfra.KafkaBroker;
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
 * A packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) as its own process with a fixed heap,
 * logging its garbage collections to a file. The heap figures come from that log: the heap in use when each
 * collection started (the highest is the peak the service reached) and what was left after it (an upper bound of
 * the live data). Reading a log costs the service nothing, unlike polling it while it works. Benchmarks load it
 * from their own process, over loopback, so client and service do not share a heap or a JIT.
 */
public final class ServiceProcess implements AutoCloseable {

    /** e.g. {@code GC(12) Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(128M) 3.456ms} */
    private static final Pattern HEAP_CHANGE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final String name;
    private final Process process;
    private final Path gcLog;
    private final String baseUrl;

    private ServiceProcess(String name, Process process, Path gcLog, String baseUrl) {
        this.name = name;
        this.process = process;
        this.gcLog = gcLog;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts {@code <project>/<module>/target/quarkus-app/quarkus-run.jar} on a free loopback port; its log, GC log
     * and (with {@code flightRecording}) its flight recording go to {@code workDir}.
     *
     * @param config system properties for the service (broker, database, keys: {@link BenchSupport#realInfrastructure})
     */
    public static ServiceProcess start(Path project, String module, String maxHeap, Map<String, String> config,
                                       Path workDir, boolean flightRecording) {
        Path jar = project.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: build it with ./mvnw -pl " + module + " -am package -DskipTests");
        }
        int port = KafkaBroker.freePort();
        try {
            Files.createDirectories(workDir);
            Path gcLog = workDir.resolve("gc.log");
            Files.deleteIfExists(gcLog);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms" + maxHeap, "-Xmx" + maxHeap, "-Xlog:gc:file=" + gcLog,
                    "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
            if (flightRecording) {
                command.add("-XX:StartFlightRecording=filename=" + workDir.resolve(module + ".jfr") + ",settings=profile");
            }
            config.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", jar.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve(module + ".log").toFile()).start();
            // a benchmark stopped with Ctrl-C or kill does not leave its service running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return new ServiceProcess(module, process, gcLog, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    public void awaitReady(HttpClient http, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting");
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
        throw new IllegalStateException(name + " not ready within " + timeout);
    }

    /** Where the GC log ends now: collections after this mark belong to what happens next. */
    public long gcLogMark() {
        try {
            return Files.exists(gcLog) ? Files.size(gcLog) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The collections logged since {@code mark}. */
    public HeapFigures heapSince(long mark) {
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
    public double cpuSeconds() {
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
    public record HeapFigures(int collections, long peakBeforeCollection, long maxAfterCollection) {

        private static final double MB = 1_048_576.0;

        /** "3 collections, heap peak 99.0 MB, after collection at most 24.0 MB", or "no collection". */
        public String describe() {
            return collections == 0 ? "no collection"
                    : String.format("%d collections, heap peak %.1f MB, after collection at most %.1f MB", collections,
                            peakBeforeCollection / MB, maxAfterCollection / MB);
        }
    }
}
