package cn.perfeval.localstack;

import java.io.IOException;
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

/**
 * One service, run from its packaged application ({@code target/quarkus-app/quarkus-run.jar}) as a separate
 * process, configured by system properties, logging to its own file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Each service stays within 256 MB of resident memory (BENCHMARKS.md, "Memory"): a 128 MB heap that the serial
     * collector (the leanest on 2 cores) gives back after a burst, capped metaspace, code cache and direct buffers,
     * and small thread stacks. glibc keeps memory that freed native allocations (class loading, Kafka and JDBC
     * buffers) leave behind; trimming it every 5 s gave back 17 MB of scoring-service's 273 MB after the demo
     * (jcmd System.trim_native_heap, 2026-12-02). Only the C1 compiler (TieredStopAtLevel=1): tiered compilation's
     * profiled code, the profiles themselves (MethodData, in metaspace) and C2's compile arenas in glibc's heap cost
     * tens of MB per service, for peak speed these request-and-database services do not need on two cores (the page
     * benchmark's floor runs with the same flags). The serial collector sizes the young generation at the old one
     * divided by NewRatio, never below -Xms divided by NewRatio + 1: the default 2 gave scoring-service 17 MB of young
     * generation in its 56 MB heap after the demo (2026-12-03), 4 halves it (more young collections, each as short).
     * The Dockerfiles set the same options.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m", "-XX:NewRatio=4",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=48m", "-XX:MaxDirectMemorySize=32m", "-XX:CICompilerCount=2",
            "-XX:TieredStopAtLevel=1", "-XX:TrimNativeHeapInterval=5000");
    /** glibc gives each thread that allocates its own 64 MB malloc arena by default; two are plenty here. */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> config;
    private final Path logFile;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> config, Path logFile) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.config = Map.copyOf(config);
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The running process's id (for jcmd, e.g. a flight recording of a benchmark), or -1 when it is not running. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized ServiceProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new StackException(name + " is not built (" + jar + " missing); run ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(ENVIRONMENT);
            process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return this;
        } catch (IOException e) {
            throw new StackException("Could not start " + name + ": " + e.getMessage() + " (log: " + logFile + ")");
        }
    }

    /** Waits until the service reports ready, or fails with the log file to read. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new StackException(name + " exited with code " + process.exitValue() + " during start; see " + logFile);
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s; see " + logFile);
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hooks, no graceful drain; what a crash looks like. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
            process = null;
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            if (!waitFor()) {
                process.destroyForcibly();
                waitFor();
            }
            process = null;
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted");
        }
    }
}
