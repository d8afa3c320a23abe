package cn.perfeval.localstack;

import cn.perfeval.testinfra.EmbeddedPostgresServer;
import cn.perfeval.testinfra.PostgresServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code ./run.sh}: starts the whole system on this machine, loads the demo evaluation through the public APIs,
 * publishes its report and prints the score and the URLs to open. Ctrl-C stops everything it started.
 */
public final class Main {

    static final String DEPARTMENT = "GZHPF";
    static final int YEAR = 2023;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            if (args.length > 0 && args[0].equals("token")) {
                printToken(Arrays.copyOfRange(args, 1, args.length), out);
                return;
            }
            CommandLine cli = CommandLine.parse(args);
            if (cli.help()) {
                out.println(CommandLine.USAGE);
                return;
            }
            run(cli, out);
        } catch (StackException e) {
            System.err.println("run.sh: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void printToken(String[] args, PrintStream out) {
        if (List.of(args).contains("--help")) {
            out.println(TokenCommand.USAGE);
            return;
        }
        out.println(TokenCommand.parse(args, CommandLine.defaultDataDir()).mint());
    }

    private static void run(CommandLine cli, PrintStream out) {
        StackOptions options = cli.options();
        if (cli.fresh()) {
            deleteRecursively(options.dataDir());
            out.println("Starting from empty data in " + options.dataDir());
        }
        long started = System.nanoTime();
        out.println("Starting Kafka, PostgreSQL and the four services (logs in " + options.dataDir().resolve("logs") + ") ...");
        Stack stack = Stack.start(options, () -> postgresFor(options));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the stack ...");
            stack.close();
            stopped.countDown();
        }, "stack-shutdown"));

        runDemo(stack, out, started);
        if (cli.exitAfterDemo()) {
            // The in-process broker's threads would keep the JVM alive; exiting runs the hook that stops the stack.
            System.exit(0);
        }
        out.println("Press Ctrl-C to stop.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loads the demo through the APIs, walks it to publication and prints where to look, with tokens to look with. */
    private static void runDemo(Stack stack, PrintStream out, long started) {
        DemoActors.Tokens tokens = DemoActors.Tokens.issue(stack.tokens(), "demo", DEPARTMENT);
        String admin = stack.tokens().token("demo-admin", Set.of("admin"), Set.of());

        out.println("Loading the " + DEPARTMENT + " " + YEAR + " demo through the REST APIs ...");
        DemoRun demo = DemoRun.loadAndPublish(stack, tokens.actors(), DEPARTMENT, YEAR);
        if (demo.fromEarlierRun()) {
            out.println("The demo was published by an earlier run on this data; shown as it is (./run.sh --fresh loads"
                    + " it again)");
        } else {
            out.println("Loaded " + demo.indicators() + " indicators, budget and procurement with "
                    + demo.expenditureLines() + " expenditure lines, " + demo.judgements() + " judgements, "
                    + demo.narrative().size() + " narrative sections, the monitoring round of "
                    + demo.monitoring().path("asOf").asText());
        }

        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("editor (GZHPF)", tokens.staff());
        printed.put("ERP (GZHPF)", tokens.erp());
        printed.put("reviewer", tokens.reviewer());
        printed.put("admin", admin);
        Summary.print(out, stack, demo, printed, Duration.ofNanos(System.nanoTime() - started));
    }

    private static PostgresServer postgresFor(StackOptions options) {
        String external = System.getenv("PERFEVAL_PG_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return PostgresServer.select(options.dataDir().resolve("postgres"));
        }
        return EmbeddedPostgresServer.start(options.dataDir().resolve("postgres"), options.postgresPort(), true);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new StackException("Cannot clear " + dir + ": " + e.getMessage());
        }
    }
}
