package cn.perfeval.localstack.latency;

import cn.perfeval.localstack.Stack;
import cn.perfeval.localstack.StackOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Flight recordings of the four services while the benchmark measures ({@code -Dperfeval.e2e.jfr=<folder>}):
 * started with jcmd after the demo is loaded, dumped to {@code <folder>/<service>.jfr} after the last change, so
 * the profile holds the measured changes only. Read them with {@code jfr print --events jdk.ExecutionSample} or
 * {@code jfr summary}.
 */
final class FlightRecordings {

    private static final List<String> SERVICES = List.of(StackOptions.INDICATOR, StackOptions.SCORING,
            StackOptions.REPORT);
    private static final String NAME = "e2e-latency";

    private final Stack stack;
    private final Path folder;

    private FlightRecordings(Stack stack, Path folder) {
        this.stack = stack;
        this.folder = folder;
    }

    /** Starts recording when the property names a folder; otherwise records nothing. */
    static FlightRecordings startIfAsked(Stack stack) {
        String folder = System.getProperty("perfeval.e2e.jfr");
        if (folder == null || folder.isBlank()) {
            return new FlightRecordings(stack, null);
        }
        FlightRecordings recordings = new FlightRecordings(stack, Path.of(folder).toAbsolutePath());
        recordings.jcmdEach("JFR.start", "name=" + NAME, "settings=profile");
        return recordings;
    }

    void dump() throws IOException {
        if (folder != null) {
            Files.createDirectories(folder);
            for (String service : SERVICES) {
                jcmd(service, "JFR.dump", "name=" + NAME, "filename=" + folder.resolve(service + ".jfr"));
            }
            System.out.println("ReportLatencyBenchmarkIT: flight recordings in " + folder);
        }
    }

    private void jcmdEach(String... command) {
        SERVICES.forEach(service -> jcmd(service, command));
    }

    private void jcmd(String service, String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(stack.service(service).pid())));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + line + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("jcmd " + line + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
