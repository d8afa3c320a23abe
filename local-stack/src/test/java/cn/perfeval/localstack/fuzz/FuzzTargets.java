package cn.perfeval.localstack.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The records the fuzzer's requests address, all of the fuzzed department: path parameters by name. The working-day
 * calendar is shared by every department, so it is fuzzed for a year no evaluation uses.
 */
record FuzzTargets(String department, int year, int calendarYear, Map<String, String> pathValues) {

    String expand(String template) {
        String path = template.replace("{dept}", encode(department));
        path = path.replace("{year}", String.valueOf(template.startsWith("/api/v1/calendars/") ? calendarYear : year));
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
