package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/**
 * The yearly cycle of one evaluation through scoring-service's API, as the department and the bureau walk it
 * (docs/yearly-cycle.md): the department submits, the bureau's reviewer confirms the self-assessed values and approves,
 * and the approved report becomes public.
 */
public final class ReviewCycle {

    private final String evaluationUrl;

    /** @param scoringUrl scoring-service's base URL */
    public ReviewCycle(String scoringUrl, String dept, int year) {
        this.evaluationUrl = scoringUrl + "/api/v1/departments/" + dept + "/years/" + year;
    }

    /** The evaluation's state, allowed transitions and history. */
    public JsonNode cycle(Api api) {
        return api.get(evaluationUrl + "/cycle").expect(200).json();
    }

    /** Whether an earlier run published it; an evaluation with no facts yet (404) is not. */
    public boolean isReleased(Api api) {
        Api.Response response = api.get(evaluationUrl + "/cycle").expect(200, 404);
        return response.status() == 200 && response.json().path("state").asText().equals("RELEASED");
    }

    public JsonNode validation(Api api) {
        return api.get(evaluationUrl + "/validation").expect(200).json();
    }

    /** Explains each unexplained warning with the text {@code explanations} gives for its rule. */
    public void explainWarnings(Api editor, Map<String, String> explanations) {
        for (JsonNode finding : validation(editor).path("findings")) {
            if (finding.path("severity").asText().equals("warning") && finding.path("explanation").isNull()) {
                String ruleId = finding.path("ruleId").asText();
                String text = explanations.get(ruleId);
                if (text == null) {
                    throw new StackException("The demo has no explanation for warning " + ruleId + " on "
                            + finding.path("record") + ": " + finding.path("message").asText());
                }
                editor.put(evaluationUrl + "/validation/explanations", Map.of("ruleId", ruleId,
                        "record", Map.of("type", finding.path("record").path("type").asText(),
                                "id", finding.path("record").path("id").asText()), "text", text)).expect(200);
            }
        }
    }

    /** The department certifies its facts; retried while the last changes are still being scored. */
    public JsonNode submit(Api editor, Duration patience) {
        return transition(editor, "/cycle/submission", Map.of(), patience);
    }

    /** The reviewer confirms every self-assessed value that has no current review decision. */
    public int confirmSelfAssessments(Api reviewer) {
        int confirmed = 0;
        JsonNode review = reviewer.get(evaluationUrl + "/review").expect(200).json();
        for (JsonNode judgement : review.path("judgements")) {
            if (needsReview(judgement)) {
                reviewer.put(evaluationUrl + "/review/judgements/" + judgement.path("itemCode").asText(),
                        Map.of("decision", "CONFIRMED")).expect(200);
                confirmed++;
            }
        }
        for (JsonNode grade : review.path("indicators")) {
            if (needsReview(grade)) {
                reviewer.put(evaluationUrl + "/review/indicators/" + grade.path("indicatorId").asText(),
                        Map.of("decision", "CONFIRMED")).expect(200);
                confirmed++;
            }
        }
        return confirmed;
    }

    /** Assessed by the department and not decided on, or changed since the last decision. */
    private static boolean needsReview(JsonNode entry) {
        String status = entry.path("status").asText();
        return status.equals("AWAITING_REVIEW") || status.equals("CHANGED_SINCE_REVIEW");
    }

    public JsonNode approve(Api reviewer, Duration patience) {
        return transition(reviewer, "/cycle/approval", Map.of(), patience);
    }

    public JsonNode returnToDepartment(Api reviewer, String reason) {
        return reviewer.post(evaluationUrl + "/cycle/return", Map.of("reason", reason)).expect(200).json();
    }

    public JsonNode reopen(Api reviewer, String reason) {
        return reviewer.post(evaluationUrl + "/cycle/reopening", Map.of("reason", reason)).expect(200).json();
    }

    /** Waits until the evaluation is in {@code state} (e.g. RELEASED once report-service has published). */
    public JsonNode awaitState(Api api, String state, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode cycle = cycle(api);
        while (!cycle.path("state").asText().equals(state)) {
            if (System.nanoTime() > deadline) {
                throw new StackException("The evaluation did not reach " + state + " within " + timeout.toSeconds()
                        + " s; it is " + cycle.path("state").asText());
            }
            ServiceProcess.sleep(Duration.ofMillis(100));
            cycle = cycle(api);
        }
        return cycle;
    }

    /**
     * A transition, retried while it is refused only because a recompute is pending (a 409 without
     * {@code allowedTransitions}); a transition the state does not allow, or any other refusal, fails at once.
     */
    private JsonNode transition(Api api, String path, Object body, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Api.Response response = api.post(evaluationUrl + path, body);
            if (response.status() == 200) {
                return response.json();
            }
            boolean pending = response.status() == 409 && !response.json().has("allowedTransitions");
            if (!pending || System.nanoTime() > deadline) {
                throw new StackException("POST " + path + " failed (" + response.status() + "): " + response.body());
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
    }
}
