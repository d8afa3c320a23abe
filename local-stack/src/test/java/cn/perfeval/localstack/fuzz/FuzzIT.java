package cn.perfeval.localstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.localstack.Api;
import cn.perfeval.localstack.DemoActors;
import cn.perfeval.localstack.DemoLoader;
import cn.perfeval.localstack.DemoRun;
import cn.perfeval.localstack.RunningStack;
import cn.perfeval.localstack.Stack;
import cn.perfeval.localstack.StackOptions;
import cn.perfeval.testinfra.bench.BenchmarksJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every write operation of the four running services, generated from their OpenAPI documents: at least
 * {@code fuzz.requests} (default 1,200) seeded requests, each a valid-looking request changed in one hostile or
 * careless way ({@link Mutation}). None may be answered 5xx or hang, every 4xx must be a problem+json, the
 * mutations no correct service accepts must be refused, and another department's evaluation must read
 * byte-identical afterwards. {@code -Dfuzz.seed=<seed>} replays a run; the seed is printed first and in a failure.
 */
class FuzzIT {

    private static final String FUZZED = "FUZZ";
    private static final String OTHER = "GZHPF";
    private static final int YEAR = 2023;
    /** The calendar is shared by all departments: fuzzed for a year no evaluation uses. */
    private static final int CALENDAR_YEAR = 2099;
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final int PROGRESS = 100;
    private static final List<String> SERVICES = List.of(StackOptions.INDICATOR, StackOptions.BUDGET,
            StackOptions.SCORING, StackOptions.REPORT);
    /** Every role, for the fuzzed department only: the role matrix must never stand between a request and its input check. */
    private static final Set<String> ALL_ROLES = Set.of("department-editor", "erp-integration", "bureau-reviewer", "admin");

    private static Stack stack;
    private static Map<String, JsonNode> documents;

    @BeforeAll
    static void startStackWithTwoDepartments() {
        stack = RunningStack.start("fuzz");
        DemoRun.loadAndPublish(stack, DemoActors.Tokens.issue(stack.tokens(), "other", OTHER).actors(), OTHER, YEAR);
        Api staff = new Api(stack.tokens().token("fuzz-editor", Set.of("department-editor"), Set.of(FUZZED)));
        new DemoLoader(stack.options().projectDir().resolve("demo-data/GZHPF-2023"), stack.url(StackOptions.INDICATOR),
                staff).load(FUZZED, YEAR);
        documents = new LinkedHashMap<>();
        SERVICES.forEach(service -> documents.put(service,
                new Api(null).get(stack.url(service) + "/q/openapi?format=json").expect(200).json()));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void hostileRequestsToEveryWriteOperationAreRefusedCleanlyAndLeaveAnotherDepartmentAlone() throws Exception {
        long seed = Long.getLong("fuzz.seed", ThreadLocalRandom.current().nextLong());
        int count = Integer.getInteger("fuzz.requests", 1200);
        System.out.println("FuzzIT seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), " + count + " requests");
        List<WriteOperation> operations = writeOperations();
        List<FuzzRequest> plan = FuzzPlan.generate(seed, count, operations, samplers(), targets());
        DepartmentSnapshot other = otherDepartment();
        Api otherReader = new Api(stack.tokens().token("fuzz-other-reader", ALL_ROLES, Set.of(OTHER)));
        Map<String, String> before = other.take(otherReader);

        FuzzFindings findings = send(plan);
        reportResidentMemory();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(findings.sent()).as("requests sent").isGreaterThanOrEqualTo(count);
        int share = (count + operations.size() - 1) / operations.size();
        operations.forEach(op -> softly.assertThat(findings.sentPerOperation().getOrDefault(op.name(), 0))
                .as("requests to " + op.name()).isGreaterThanOrEqualTo(share));
        softly.assertThat(settled(other, otherReader, before)).as("%s's evaluation after the fuzz (seed %d)", OTHER, seed)
                .isEqualTo(before);
        softly.assertThat(findings.failures()).as(findings.report(seed)).isEmpty();
        softly.assertAll();
    }

    /** Issue 13's memory budget after a hostile burst: printed always, recorded with -Dperfeval.benchmarks=true. */
    private static void reportResidentMemory() {
        Map<String, BigDecimal> rss = ResidentMemory.of(stack, SERVICES);
        System.out.println("FuzzIT VmRSS after the fuzz (MB): " + rss);
        if (Boolean.getBoolean("perfeval.benchmarks") && !rss.isEmpty()) {
            BenchmarksJson.ofCheckout().record("rss.afterFuzzMaxMb",
                    rss.values().stream().max(BigDecimal::compareTo).orElseThrow(), "MB");
        }
    }

    private static FuzzFindings send(List<FuzzRequest> plan) throws InterruptedException {
        FuzzClient client = new FuzzClient(PATIENCE, stack.tokens().token("fuzz-all-roles", ALL_ROLES, Set.of(FUZZED)));
        FuzzFindings findings = new FuzzFindings();
        for (FuzzRequest request : plan) {
            int failedBefore = findings.failures().size();
            findings.record(request, client.send(request));
            if (findings.failures().size() > failedBefore) {   // shown as it happens: a long run is readable early
                FuzzFindings.Failure failure = findings.failures().get(failedBefore);
                System.out.println("FuzzIT failure: " + failure.problem() + " / " + request.mutation() + ": " + failure.line());
            }
            if (findings.sent() % PROGRESS == 0) {
                System.out.println("FuzzIT " + findings.sent() + " of " + plan.size() + " sent, "
                        + findings.failures().size() + " failed");
            }
        }
        return findings;
    }

    /**
     * The other department's view once the fuzz's own events have been handled: equal to {@code before}, or after
     * a minute whatever it has become.
     */
    private static Map<String, String> settled(DepartmentSnapshot other, Api reader, Map<String, String> before)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, String> after = other.take(reader);
        while (!after.equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            after = other.take(reader);
        }
        return after;
    }

    private static List<WriteOperation> writeOperations() {
        List<WriteOperation> operations = new ArrayList<>();
        documents.forEach((service, document) -> operations.addAll(
                WriteOperation.readAll(service, stack.url(service), document)));
        assertThat(operations).as("write operations in the four OpenAPI documents").hasSizeGreaterThanOrEqualTo(30);
        return operations;
    }

    private static Map<String, SchemaSampler> samplers() {
        Map<String, SchemaSampler> samplers = new LinkedHashMap<>();
        documents.forEach((service, document) -> samplers.put(service, new SchemaSampler(document, YEAR)));
        return samplers;
    }

    /**
     * The fuzzed department's records the paths name: one of its indicators, a judged item, a narrative section, a
     * review comment that does not exist (a well-formed answer to it is a 404 or, outside the review, a 409), and a
     * monitoring round's date and project (a round the fuzz may or may not have opened), and a scheme that does not
     * exist (its monitoring thresholds are shared by every department, so the fuzz must not change the real ones).
     */
    private static FuzzTargets targets() {
        Api staff = new Api(stack.tokens().token("fuzz-targets", Set.of("department-editor"), Set.of(FUZZED)));
        String indicatorId = staff.get(stack.url(StackOptions.INDICATOR) + "/api/v1/departments/" + FUZZED + "/years/"
                + YEAR + "/indicators?size=1").expect(200).json().path("items").path(0).path("id").asText();
        return new FuzzTargets(FUZZED, YEAR, CALENDAR_YEAR,
                Map.of("id", indicatorId, "indicatorId", indicatorId, "item", "financial-compliance",
                        "key", "achievements", "commentId", "1", "asOf", YEAR + "-07-31", "code", "P2023-01",
                        "schemeId", "fuzz-scheme"));
    }

    private static DepartmentSnapshot otherDepartment() {
        DepartmentSnapshot snapshot = new DepartmentSnapshot();
        documents.forEach((service, document) -> snapshot.readFrom(stack.url(service), document, OTHER, YEAR));
        assertThat(snapshot.urls()).as("GET endpoints of an evaluation").hasSizeGreaterThanOrEqualTo(20);
        return snapshot;
    }
}
