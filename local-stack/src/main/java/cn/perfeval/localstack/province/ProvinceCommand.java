package cn.perfeval.localstack.province;

import cn.perfeval.localstack.CommandLine;
import cn.perfeval.localstack.StackException;
import cn.perfeval.testinfra.DevTokens;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./run.sh province --count N}: loads N generated department-years into the stack a {@code ./run.sh} of the
 * same data folder and ports is running (tokens signed with its key), through the public APIs, and waits for every
 * scorecard. Prints progress, then the time and rate. run.sh starts this class instead of the stack's {@code Main}
 * when its first argument is {@code province}.
 */
record ProvinceCommand(CommandLine stack, int count, long seed, int concurrency) {

    static final String USAGE = """
            Usage: ./run.sh province --count N [--seed S] [--concurrency C] [stack options]
              --count        department-years to load (department i/3, years 2023-2025), 1 to 299,997
              --seed         the province's seed (default 18); the same seed loads the same data
              --concurrency  departments written at once (default 8)
              stack options  --data-dir and the service ports of the running stack, as ./run.sh --help lists""";

    public static void main(String[] args) {
        try {
            if (List.of(args).contains("--help")) {
                System.out.println(USAGE);
                return;
            }
            parse(args).run(System.out);
        } catch (StackException e) {
            System.err.println("run.sh province: " + e.getMessage());
            System.exit(1);
        }
    }

    static ProvinceCommand parse(String[] args) {
        int count = 0;
        long seed = 18;
        int concurrency = 8;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = (int) number(CommandLine.value(args, ++i, "--count"), "--count", 1,
                        ProvinceGenerator.MAX_DEPARTMENTS * ProvinceGenerator.YEARS.size());
                case "--seed" -> seed = number(CommandLine.value(args, ++i, "--seed"), "--seed", Long.MIN_VALUE, Long.MAX_VALUE);
                case "--concurrency" -> concurrency = (int) number(CommandLine.value(args, ++i, "--concurrency"), "--concurrency", 1, 64);
                default -> rest.add(args[i]);
            }
        }
        if (count == 0) {
            throw new StackException("--count is required\n" + USAGE);
        }
        return new ProvinceCommand(CommandLine.parse(rest.toArray(String[]::new)), count, seed, concurrency);
    }

    ProvinceLoader.Result run(PrintStream out) {
        DevTokens tokens = DevTokens.persistentIn(stack.options().dataDir().resolve("keys"));
        out.printf("Loading %,d department-years (seed %d, %d departments at once) ...%n", count, seed, concurrency);
        ProvinceLoader.Result result = new ProvinceLoader(StackUrls.of(stack.options()), tokens, out)
                .load(new ProvinceGenerator(seed), count, concurrency);
        out.printf("Loaded %,d department-years with %,d requests in %.1f s: %.2f department-years/s, every scorecard"
                + " there%n", result.departmentYears(), result.requests(), result.elapsed().toMillis() / 1000.0,
                result.perSecond());
        return result;
    }

    private static long number(String text, String option, long min, long max) {
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new StackException(option + " needs a whole number from " + min + " to " + max + ", not '" + text + "'");
        }
    }
}
