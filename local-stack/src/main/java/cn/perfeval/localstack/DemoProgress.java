package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;

/** Waits for the pipeline to catch up with what was loaded: the scorecard, then the published report. */
public final class DemoProgress {

    private DemoProgress() {
    }

    /** Waits until the scorecard has scored every loaded indicator's actual. */
    public static JsonNode awaitScorecard(Api api, String scoringUrl, String dept, int year, int indicators,
            Duration timeout) {
        return awaitScorecard(api, scoringUrl, dept, year, indicators, 0, timeout);
    }

    /** Waits until the scorecard has scored every loaded indicator's actual and the given number of judgements. */
    public static JsonNode awaitScorecard(Api api, String scoringUrl, String dept, int year, int indicators,
            int judgements, Duration timeout) {
        String url = scoringUrl + "/api/v1/departments/" + dept + "/years/" + year + "/scorecard";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response response = api.get(url);
            if (response.status() == 200) {
                JsonNode scorecard = response.json();
                long withActual = 0;
                for (JsonNode indicator : scorecard.path("indicators")) {
                    if (indicator.hasNonNull("actual")) {
                        withActual++;
                    }
                }
                long judged = 0;
                for (JsonNode item : scorecard.path("items")) {
                    if ("judgement".equals(item.path("rule").asText()) && item.path("complete").asBoolean()) {
                        judged++;
                    }
                }
                if (withActual >= indicators && judged >= judgements) {
                    return scorecard;
                }
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new StackException("No scorecard with all " + indicators + " indicators within " + timeout.toSeconds()
                + " s; see the scoring-service log");
    }

    /** Waits until the public report shows the given total. */
    public static JsonNode awaitPublishedReport(Api publicApi, String reportUrl, String dept, int year,
            BigDecimal total, Duration timeout) {
        String url = reportUrl + "/reports/" + dept + "/" + year;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response response = publicApi.get(url);
            if (response.status() == 200 && response.json().path("total").decimalValue().compareTo(total) == 0) {
                return response.json();
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new StackException("The report was not published with total " + total + " within "
                + timeout.toSeconds() + " s; see the report-service log");
    }
}
