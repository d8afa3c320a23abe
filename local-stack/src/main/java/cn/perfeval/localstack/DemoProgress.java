package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;

/** Waits for the pipeline to catch up with what was loaded (the scorecard), moves the cycle on, waits for the public report. */
public final class DemoProgress {

    private DemoProgress() {
    }

    /** Waits until the scorecard has scored every loaded indicator's actual. */
    public static JsonNode awaitScorecard(Api api, String scoringUrl, String dept, int year, int indicators,
            Duration timeout) {
        String url = scoringUrl + "/api/v1/departments/" + dept + "/years/" + year + "/scorecard";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response response = api.get(url);
            if (response.status() == 200) {
                long withActual = 0;
                for (JsonNode indicator : response.json().path("indicators")) {
                    if (indicator.hasNonNull("actual")) {
                        withActual++;
                    }
                }
                if (withActual >= indicators) {
                    return response.json();
                }
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new StackException("No scorecard with all " + indicators + " indicators within " + timeout.toSeconds()
                + " s; see the scoring-service log");
    }

    /**
     * Waits until the scorecard is complete: every input the scheme scores (actuals, judgements, budget and
     * procurement facts) has arrived. Only then are its scores the evaluation's, not a provisional reading.
     */
    public static JsonNode awaitCompleteScorecard(Api api, String scoringUrl, String dept, int year, Duration timeout) {
        String url = scoringUrl + "/api/v1/departments/" + dept + "/years/" + year + "/scorecard";
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Api.Response response = api.get(url);
            if (response.status() == 200) {
                last = response.json();
                if (last.path("complete").asBoolean()) {
                    return last;
                }
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new StackException("No complete scorecard within " + timeout.toSeconds() + " s"
                + (last == null ? "" : "; still missing " + last.path("missing")) + "; see the scoring-service log");
    }

    /**
     * Waits until the public report shows the given scorecard: its total, and complete or provisional as it is (a
     * provisional report with the same total is not the one asked for).
     */
    public static JsonNode awaitPublishedReport(Api publicApi, String reportUrl, String dept, int year,
            JsonNode scorecard, Duration timeout) {
        BigDecimal total = scorecard.path("total").decimalValue();
        boolean complete = scorecard.path("complete").asBoolean();
        String url = reportUrl + "/reports/" + dept + "/" + year;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response response = publicApi.get(url);
            if (response.status() == 200 && response.json().path("total").decimalValue().compareTo(total) == 0
                    && response.json().path("report").path("complete").asBoolean() == complete) {
                return response.json();
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new StackException("The report was not published with total " + total.toPlainString()
                + (complete ? "" : " (provisional)") + " within " + timeout.toSeconds()
                + " s; see the report-service log");
    }
}
