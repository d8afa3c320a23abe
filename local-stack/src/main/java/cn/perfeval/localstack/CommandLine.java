package cn.perfeval.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The options of ./run.sh (also the stack options of ./run.sh province, which names the stack it loads). */
public record CommandLine(StackOptions options, boolean fresh, boolean exitAfterDemo, boolean help) {

    static final String USAGE = """
            Usage: ./run.sh [options]        (or ./run.sh token --help: mint a token for a department and role;
                                              ./run.sh province --help: load generated departments into a running stack)
              --fresh                 start from empty data (deletes the data folder first)
              --exit-after-demo       stop everything once the demo report is published (for scripts)
              --data-dir DIR          where data and logs live (default: .local-stack)
              --indicator-port N      default 8081
              --budget-port N         default 8082
              --scoring-port N        default 8083
              --report-port N         default 8084
              --workbench-port N      default 8080 (the web app and its gateway)
              --kafka-port N          default 19092
              --postgres-port N       default 15432
              --brokers N             Kafka nodes, 1-5 (default 1); on the Kafka port and the next ones. With 3 or
                                      more: every topic replicated 3 times, min.insync.replicas 2
              --instances N           processes of each service, 1-4 (default 1); the first on the service's port,
                                      the next ones 10 further each (scoring-service: 8083, 8093, ...); one
                                      consumer group and one database per service. The workbench and the URLs
                                      printed use the first instance
            Options take their value after a space or an equals sign (--brokers=3). Changing --brokers starts Kafka
            on new data: use it with --fresh.
            Environment: PERFEVAL_PG_JDBC_URL (+ PERFEVAL_PG_USER, PERFEVAL_PG_PASSWORD) uses an existing PostgreSQL.""";

    public static CommandLine parse(String[] given) {
        Path project = projectDir();
        Path dataDir = defaultDataDir();
        Map<String, Integer> ports = new LinkedHashMap<>(StackOptions.defaultServicePorts());
        int kafka = 19092;
        int postgres = 15432;
        int workbench = StackOptions.DEFAULT_WORKBENCH_PORT;
        boolean fresh = false;
        boolean exit = false;
        boolean help = false;
        int brokers = 1;
        int instances = 1;
        String[] args = splitEqualsSigns(given);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--fresh" -> fresh = true;
                case "--exit-after-demo" -> exit = true;
                case "--help", "-h" -> help = true;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--kafka-port" -> kafka = port(args, ++i, arg);
                case "--postgres-port" -> postgres = port(args, ++i, arg);
                case "--indicator-port" -> ports.put(StackOptions.INDICATOR, port(args, ++i, arg));
                case "--budget-port" -> ports.put(StackOptions.BUDGET, port(args, ++i, arg));
                case "--scoring-port" -> ports.put(StackOptions.SCORING, port(args, ++i, arg));
                case "--report-port" -> ports.put(StackOptions.REPORT, port(args, ++i, arg));
                case "--workbench-port" -> workbench = port(args, ++i, arg);
                case "--brokers" -> brokers = count(args, ++i, arg, StackOptions.MAX_BROKERS);
                case "--instances" -> instances = count(args, ++i, arg, StackOptions.MAX_INSTANCES);
                default -> throw new StackException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        return new CommandLine(new StackOptions(project, dataDir, kafka, postgres, ports, true, workbench, brokers,
                instances), fresh, exit, help);
    }

    /** {@code --option=value} as {@code --option value}. */
    private static String[] splitEqualsSigns(String[] args) {
        return Arrays.stream(args)
                .flatMap(arg -> arg.startsWith("--") && arg.contains("=")
                        ? Stream.of(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1))
                        : Stream.of(arg))
                .toArray(String[]::new);
    }

    private static int count(String[] args, int index, String option, int max) {
        String text = value(args, index, option);
        if (!text.matches("[1-9]") || Integer.parseInt(text) > max) {
            throw new StackException(option + " needs a number from 1 to " + max + ", not '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    static Path projectDir() {
        return Path.of(System.getProperty("perfeval.project.dir", ".")).toAbsolutePath().normalize();
    }

    static Path defaultDataDir() {
        return projectDir().resolve(".local-stack");
    }

    public static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new StackException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String[] args, int index, String option) {
        String text = value(args, index, option);
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(option + " needs a port number (1-65535), not '" + text + "'");
        }
    }
}
