package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation's scorecard checked against the facts its system of record holds at the end: it has scored every
 * indicator's final version exactly once, and equals, in everything but its version and time, the what-if scoring of
 * indicator-service's final actuals. The what-if run scores facts it is handed in the request, not what a failure left
 * in scoring-service's projection, so an indicator change lost or applied out of order makes the two differ.
 */
final class SettledScorecard {

    /** How long the scorecard must stay the same, with every indicator at its final version, to count as settled. */
    static final Duration QUIET = Duration.ofSeconds(5);

    private final Api editor;
    private final String indicatorsUrl;
    private final String scorecardUrl;

    SettledScorecard(Stack stack, Api editor, String department, int year) {
        String evaluation = "/api/v1/departments/" + department + "/years/" + year;
        this.editor = editor;
        this.indicatorsUrl = stack.url(StackOptions.INDICATOR) + evaluation + "/indicators";
        this.scorecardUrl = stack.url(StackOptions.SCORING) + evaluation + "/scorecard";
    }

    String indicatorsUrl() {
        return indicatorsUrl;
    }

    /** Indicator id → the indicator as indicator-service, the system of record, holds it. */
    Map<String, JsonNode> recordOfIndicators() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        editor.get(indicatorsUrl + "?size=100").expect(200).json().path("items")
                .forEach(i -> byId.put(i.path("id").asText(), i));
        return byId;
    }

    /**
     * Waits until the scorecard has scored every indicator at the version indicator-service holds and then has not
     * changed for {@link #QUIET}.
     */
    JsonNode awaitSettled(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        Map<String, Long> target = versions(recordOfIndicators());
        JsonNode last = null;
        long stableSince = 0;
        while (System.nanoTime() < deadline) {
            Api.Response response = editor.get(scorecardUrl);
            if (response.status() == 200) {
                JsonNode scorecard = response.json();
                boolean current = scoredVersions(scorecard).equals(target);
                boolean unchanged = last != null && last.path("version").asInt() == scorecard.path("version").asInt();
                if (!current || !unchanged) {
                    stableSince = System.nanoTime();
                } else if (System.nanoTime() - stableSince >= QUIET.toNanos()) {
                    return scorecard;
                }
                last = scorecard;
            }
            ServiceProcess.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("The scorecard " + scorecardUrl + " did not settle on the final indicator versions "
                + target + " within " + bound.toSeconds() + " s; last scored "
                + (last == null ? "nothing" : scoredVersions(last)));
    }

    /** Each indicator scored once, at its final version, and the scorecard equal to the what-if of the final actuals. */
    void assertEqualsTheWhatIfOfTheFinalData(JsonNode scorecard) {
        Map<String, JsonNode> record = recordOfIndicators();
        List<String> scoredIds = new ArrayList<>();
        scorecard.path("indicators").forEach(i -> scoredIds.add(i.path("id").asText()));
        assertThat(scoredIds).as("each indicator scored once").containsExactlyInAnyOrderElementsOf(record.keySet());
        assertThat(scoredVersions(scorecard)).as("the scored version of each indicator").isEqualTo(versions(record));

        Map<String, JsonNode> actuals = new LinkedHashMap<>();
        record.forEach((id, indicator) -> actuals.put(id, indicator.path("actual").path("value")));
        JsonNode reference = editor.post(scorecardUrl + "/simulations", Map.of("indicatorActuals", actuals))
                .expect(200).json();
        assertThat(reference.path("complete").asBoolean()).isTrue();
        ScorecardComparison.assertEqualsWhatIf(scorecard, reference, scorecardUrl);
    }

    private static Map<String, Long> versions(Map<String, JsonNode> indicators) {
        Map<String, Long> versions = new LinkedHashMap<>();
        indicators.forEach((id, indicator) -> versions.put(id, indicator.path("version").asLong()));
        return versions;
    }

    private static Map<String, Long> scoredVersions(JsonNode scorecard) {
        Map<String, Long> versions = new LinkedHashMap<>();
        scorecard.path("indicators").forEach(i -> versions.put(i.path("id").asText(), i.path("version").asLong()));
        return versions;
    }
}
