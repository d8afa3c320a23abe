package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A mid-year monitoring round (docs/monitoring.md) entered as the department's staff would: the indicators' progress
 * as of the round's date (indicator-service), the round opened and the department's judgements, deviation reasons and
 * measures (scoring-service); then waits until the round has seen every input and report-service has its report.
 * The data is demo-data's {@code monitoring/progress.json} and {@code monitoring/round-<asOf>.json}, by indicator name.
 */
public final class MonitoringRound {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stack stack;
    private final Api staff;
    private final String department;
    private final int year;
    private final String roundsUrl;

    public MonitoringRound(Stack stack, Api staff, String department, int year) {
        this.stack = stack;
        this.staff = staff;
        this.department = department;
        this.year = year;
        this.roundsUrl = stack.url(StackOptions.SCORING) + evaluationPath() + "/monitoring/rounds";
    }

    /** Enters the progress values and the round of {@code asOf}; safe to run again (a round that exists is kept). */
    public void load(Path dataDir, String asOf) {
        Map<String, String> ids = indicatorIds();
        String indicators = stack.url(StackOptions.INDICATOR) + evaluationPath() + "/indicators/";
        for (JsonNode progress : read(dataDir.resolve("monitoring/progress.json"))) {
            String id = idOf(ids, progress.path("name").asText());
            Map<String, Object> body = new HashMap<>();
            body.put("asOf", progress.path("asOf").asText());
            body.put("value", progress.path("value").asText());
            if (progress.hasNonNull("note")) {
                body.put("note", progress.path("note").asText());
            }
            staff.post(indicators + id + "/progress", body).expect(200);
        }
        JsonNode round = read(dataDir.resolve("monitoring/round-" + asOf + ".json"));
        staff.post(roundsUrl, Map.of("asOf", asOf)).expect(201, 409);
        staff.put(roundsUrl + "/" + asOf + "/budget", round.path("budget")).expect(200);
        for (JsonNode assessment : round.path("indicators")) {
            JsonNode body = ((com.fasterxml.jackson.databind.node.ObjectNode) assessment.deepCopy()).without("name");
            staff.put(roundsUrl + "/" + asOf + "/indicators/" + idOf(ids, assessment.path("name").asText()), body)
                    .expect(200);
        }
    }

    /**
     * Waits until the round shows every indicator's progress and the budget pace (no light left without its input),
     * and report-service serves its monitoring report; returns the round.
     */
    public JsonNode awaitComputed(String asOf, int indicators, Duration timeout) {
        String report = monitoringReportUrl(stack, department, year, asOf);
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Api.Response response = staff.get(roundsUrl + "/" + asOf);
            if (response.status() == 200) {
                last = response.json();
                if (seenEverything(last, indicators) && reportShows(report, last)) {
                    return last;
                }
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new StackException("The monitoring round " + asOf + " did not show all inputs within "
                + timeout.toSeconds() + " s" + (last == null ? "" : "; missing " + last.path("missingInputs"))
                + "; see the scoring-service and report-service logs");
    }

    /** The monitoring report (HTML) of a round; it needs a token of the department or the bureau. */
    public static String monitoringReportUrl(Stack stack, String department, int year, String asOf) {
        return stack.url(StackOptions.REPORT) + "/api/v1/departments/" + department + "/years/" + year
                + "/monitoring/" + asOf + "/report";
    }

    private boolean seenEverything(JsonNode round, int indicators) {
        return round.path("missingInputs").isEmpty() && round.path("indicators").size() == indicators
                && !round.path("budgetPace").path("department").path("light").asText().equals("NONE");
    }

    private boolean reportShows(String reportUrl, JsonNode round) {
        Api.Response response = staff.get(reportUrl, "application/json");
        return response.status() == 200 && response.json().path("version").asLong() >= round.path("version").asLong();
    }

    private Map<String, String> indicatorIds() {
        String url = stack.url(StackOptions.INDICATOR) + evaluationPath() + "/indicators?size=500";
        Map<String, String> ids = new HashMap<>();
        for (JsonNode item : staff.get(url).expect(200).json().path("items")) {
            ids.put(item.path("name").asText(), item.path("id").asText());
        }
        return ids;
    }

    private static String idOf(Map<String, String> ids, String name) {
        String id = ids.get(name);
        if (id == null) {
            throw new StackException("demo-data's monitoring files name an indicator that was not loaded: " + name);
        }
        return id;
    }

    private String evaluationPath() {
        return "/api/v1/departments/" + department + "/years/" + year;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new StackException("Cannot read " + file + ": " + e.getMessage());
        }
    }
}
