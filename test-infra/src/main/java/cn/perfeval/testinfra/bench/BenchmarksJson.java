package cn.perfeval.testinfra.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The top-level {@code benchmarks.json}: the latest figure of every benchmark, one entry per name
 * ({@code name, value, unit, commit, date, load}), so that a script can compare figures across commits.
 * A benchmark records its figure after it has checked its result; recording a name again replaces its entry.
 *
 * <p>Shell benchmarks call {@link #main}: {@code java -cp test-infra/target/classes:<jackson> … name value unit}.
 */
public final class BenchmarksJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;

    public BenchmarksJson(Path file) {
        this.file = file;
    }

    /** The file at the top of the checkout this process runs in (the nearest directory up holding {@code mvnw}). */
    public static BenchmarksJson ofCheckout() {
        return new BenchmarksJson(checkoutRoot().resolve("benchmarks.json"));
    }

    /** Records a figure with this checkout's commit, today's date and the 1-minute load average now. */
    public void record(String name, BigDecimal value, String unit) {
        record(new Figure(name, value, unit, currentCommit(), LocalDate.now().toString(), loadAverage()));
    }

    /** Replaces the entry of the figure's name (or appends it), keeping every other entry as it was. */
    public synchronized void record(Figure figure) {
        ArrayNode entries = read();
        ObjectNode entry = JSON.createObjectNode()
                .put("name", figure.name())
                .put("value", figure.value())
                .put("unit", figure.unit())
                .put("commit", figure.commit())
                .put("date", figure.date())
                .put("load", figure.load());
        int existing = indexOf(entries, figure.name());
        if (existing >= 0) {
            entries.set(existing, entry);
        } else {
            entries.add(entry);
        }
        write(entries);
        System.out.printf("benchmarks.json: %s = %s %s (load %s)%n", figure.name(), figure.value().toPlainString(),
                figure.unit(), figure.load());
    }

    /** The figures now in the file, in file order. */
    public ArrayNode read() {
        if (!Files.exists(file)) {
            return JSON.createArrayNode();
        }
        try {
            return (ArrayNode) JSON.readTree(file.toFile());
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException(file + " is not a JSON list of figures; fix or delete it", e);
        }
    }

    private static int indexOf(ArrayNode entries, String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (name.equals(entries.get(i).path("name").asText())) {
                return i;
            }
        }
        return -1;
    }

    /** Written to a temporary file and moved, so a benchmark killed mid-write leaves the old file whole. */
    private void write(ArrayNode entries) {
        try {
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "benchmarks", ".json");
            Files.writeString(temporary, JSON.writeValueAsString(entries) + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path checkoutRoot() {
        Path directory = Path.of("").toAbsolutePath();
        for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("mvnw"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no checkout (a directory with mvnw) above " + directory);
    }

    /** The short commit id, with "+dirty" when the work tree has changes, so a figure names what it measured. */
    static String currentCommit() {
        String commit = git("rev-parse", "--short", "HEAD");
        return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? commit : commit + "+dirty";
    }

    private static String git(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process git = new ProcessBuilder(command).directory(checkoutRoot().toFile()).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return "unknown";
            }
            return output;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The 1-minute figure of {@link BenchSupport#loadAverage()}; -1 where the machine does not tell it. */
    static BigDecimal loadAverage() {
        try {
            return new BigDecimal(BenchSupport.loadAverage().split(" ")[0]);
        } catch (RuntimeException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    /** {@code name value unit}: for benchmarks written as shell scripts. */
    public static void main(String[] arguments) {
        if (arguments.length != 3) {
            System.err.println("usage: BenchmarksJson <name> <value> <unit>");
            System.exit(2);
        }
        ofCheckout().record(arguments[0], new BigDecimal(arguments[1]), arguments[2]);
    }

    /** One figure; {@code load} is the 1-minute load average when it was recorded (-1 where unknown). */
    public record Figure(String name, BigDecimal value, String unit, String commit, String date, BigDecimal load) {
    }
}
