package cn.perfeval.localstack.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges each answer and keeps the failures, grouped by what went wrong and the mutation that caused it, plus how
 * many requests each operation got (so the test can assert that every write operation was fuzzed).
 */
final class FuzzFindings {

    /** Examples printed per group: enough to reproduce, short enough to read. */
    private static final int EXAMPLES = 3;

    /** One request answered wrongly. */
    record Failure(FuzzRequest request, Outcome outcome, String problem) {
        String line() {
            return request.describe() + " -> " + (outcome.status() < 0 ? outcome.failure()
                    : outcome.status() + " " + outcome.contentType() + " " + outcome.excerpt());
        }
    }

    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Integer> sentPerOperation = new TreeMap<>();
    private int previousStatus = -1;

    void record(FuzzRequest request, Outcome outcome) {
        sentPerOperation.merge(request.operation().name(), 1, Integer::sum);
        String problem = judge(request, outcome, previousStatus);
        if (problem != null) {
            failures.add(new Failure(request, outcome, problem));
        }
        previousStatus = outcome.status();
    }

    /** Why the answer is wrong, or null when it is right. */
    static String judge(FuzzRequest request, Outcome outcome, int previousStatus) {
        int status = outcome.status();
        if (status < 0) {
            return "no answer";
        }
        if (status >= 500) {
            return "server error " + status;
        }
        if (status == 401 || status == 403) {
            return "refused by authorization (the fuzzer's token must pass, or input handling goes untested)";
        }
        if (status >= 400 && !outcome.isProblem()) {
            return "4xx not application/problem+json";
        }
        boolean refusalRequired = request.mustBeRefused()
                && (!request.refusedOnlyIfPreviousAccepted() || previousStatus >= 200 && previousStatus < 300);
        return refusalRequired && status < 400 ? "accepted (" + status + ") although invalid" : null;
    }

    List<Failure> failures() {
        return failures;
    }

    Map<String, Integer> sentPerOperation() {
        return sentPerOperation;
    }

    int sent() {
        return sentPerOperation.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The failures grouped by problem and mutation, each group with its size and a few example requests. */
    String report(long seed) {
        Map<String, List<Failure>> groups = new TreeMap<>();
        failures.forEach(f -> groups.computeIfAbsent(f.problem() + " / " + f.request().mutation(),
                key -> new ArrayList<>()).add(f));
        StringBuilder text = new StringBuilder(failures.size() + " of " + sent() + " fuzz requests failed (seed "
                + seed + ", replay with -Dfuzz.seed=" + seed + "):\n");
        groups.forEach((group, members) -> {
            Map<String, Failure> byOperation = new LinkedHashMap<>();
            members.forEach(f -> byOperation.putIfAbsent(f.request().operation().name(), f));
            text.append("- ").append(group).append(": ").append(members.size()).append(" requests, ")
                    .append(byOperation.size()).append(" operations ").append(byOperation.keySet()).append('\n');
            byOperation.values().stream().limit(EXAMPLES).forEach(f -> text.append("    ").append(f.line()).append('\n'));
        });
        return text.toString();
    }
}
