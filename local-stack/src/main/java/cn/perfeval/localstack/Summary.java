package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/** What ./run.sh prints once the demo is loaded: the score and where to look. */
final class Summary {

    private Summary() {
    }

    /** As the report writes points: 46.0 → "46", 49.54 → "49.54". */
    /** The July round's report and its lights, so the first thing a user sees says where the year stands. */
    private static void printMonitoring(PrintStream out, Stack stack, JsonNode round) {
        JsonNode lights = round.path("lightCounts");
        out.printf("Monitoring report: %s   (needs a token; round as of %s: %d green, %d yellow, %d red)%n",
                MonitoringRound.monitoringReportUrl(stack, Main.DEPARTMENT, Main.YEAR, round.path("asOf").asText()),
                round.path("asOf").asText(), lights.path("GREEN").asInt(), lights.path("YELLOW").asInt(),
                lights.path("RED").asInt());
    }

    /** With --brokers or --instances: where the other instances listen (the URLs above are the first's). */
    private static void printScale(PrintStream out, Stack stack) {
        StackOptions options = stack.options();
        if (options.instances() == 1 && options.brokers() == 1) {
            return;
        }
        out.printf("Kafka: %d brokers at %s; each service as %d instances (the URLs above use the first):%n",
                options.brokers(), stack.broker().bootstrapServers(), options.instances());
        for (String service : options.servicePorts().keySet()) {
            out.printf("  %-18s %s%n", service, String.join("  ",
                    stack.instances(service).stream().map(ServiceProcess::baseUrl).toList()));
        }
    }

    private static String points(JsonNode value) {
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
    }

    static void print(PrintStream out, Stack stack, DemoRun demo, Map<String, String> tokens, Duration elapsed) {
        JsonNode scorecard = demo.scorecard();
        JsonNode report = demo.report();
        out.println();
        out.println("==========================================================================================");
        out.printf("%s %d self-evaluation score: %s (%s)%n", Main.DEPARTMENT, Main.YEAR,
                points(scorecard.path("total")), report.path("grade").asText());
        for (JsonNode dimension : scorecard.path("dimensions")) {
            out.printf("  %s: %s / %s%n", dimension.path("name").asText(), points(dimension.path("score")),
                    points(dimension.path("max")));
        }
        if (!scorecard.path("complete").asBoolean()) {
            out.printf("  (provisional: %d scoring inputs are not entered yet)%n", scorecard.path("missing").size());
        }
        out.println();
        out.printf("Workbench:         %s/   (sign in with a development token of any role and department)%n",
                stack.workbenchUrl());
        out.printf("Published report:  %s/reports/%s/%d   (version %s)%n", stack.url(StackOptions.REPORT),
                Main.DEPARTMENT, Main.YEAR, report.path("version").asText());
        out.printf("Scorecard (JSON):  %s/api/v1/departments/%s/years/%d/scorecard   (needs a token)%n",
                stack.url(StackOptions.SCORING), Main.DEPARTMENT, Main.YEAR);
        printMonitoring(out, stack, demo.monitoring());
        out.println("Swagger UI / OpenAPI:");
        for (String service : stack.options().servicePorts().keySet()) {
            out.printf("  %-18s %s/q/swagger-ui   %s/q/openapi%n", service, stack.url(service), stack.url(service));
        }
        printScale(out, stack);
        out.println("Development tokens (Authorization: Bearer <token>, valid 12 h):");
        tokens.forEach((who, token) -> out.printf("  %-15s %s%n", who, token));
        out.println("  any other department and role:  ./run.sh token --role department-editor --department CODE");
        out.printf("Ready in %d s. Data and logs: %s%n", elapsed.toSeconds(), stack.options().dataDir());
        out.println("==========================================================================================");
    }
}
