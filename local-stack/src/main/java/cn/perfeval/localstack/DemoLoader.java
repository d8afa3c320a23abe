package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Enters a demo evaluation through the public REST APIs, the way an ERP and a department's staff would: the
 * department, its goals and key tasks, then each indicator with its target as written, then its actual with evidence. Safe to run again:
 * existing indicators are updated, not duplicated.
 *
 * <p>The data lives in readable JSON files under {@code demo-data/<DEPT>-<YEAR>/}.
 */
public final class DemoLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final String indicatorUrl;
    private final Api api;

    public DemoLoader(Path dataDir, String indicatorUrl, Api api) {
        this.dataDir = dataDir;
        this.indicatorUrl = indicatorUrl;
        this.api = api;
    }

    /** @return the number of indicators loaded */
    public int load(String department, int year) {
        JsonNode dept = read("department.json");
        api.put(indicatorUrl + "/api/v1/departments/" + department, dept).expect(200);

        api.put(indicatorUrl + "/api/v1/departments/" + department + "/years/" + year + "/goals", read("goals.json"))
                .expect(200);

        String base = indicatorUrl + "/api/v1/departments/" + department + "/years/" + year + "/indicators";
        Map<String, String> existing = new HashMap<>();
        for (JsonNode item : api.get(base + "?size=500").expect(200).json().path("items")) {
            existing.put(item.path("name").asText(), item.path("id").asText());
        }
        int loaded = 0;
        for (JsonNode indicator : read("indicators.json")) {
            ObjectNode definition = ((ObjectNode) indicator.deepCopy());
            JsonNode actual = definition.remove("actual");
            String name = definition.path("name").asText();
            String id = existing.containsKey(name)
                    ? api.put(base + "/" + existing.get(name), definition).expect(200).json().path("id").asText()
                    : api.post(base, definition).expect(201).json().path("id").asText();
            if (actual != null && !actual.isNull()) {
                api.put(base + "/" + id + "/actual", actual).expect(200);
            }
            loaded++;
        }
        return loaded;
    }

    /** Enters the self-evaluation's judgements (judgements.json) with their evidence; returns how many. */
    public int loadJudgements(String scoringUrl, String department, int year) {
        int loaded = 0;
        for (JsonNode judgement : read("judgements.json")) {
            ObjectNode verdict = judgement.deepCopy();
            String item = verdict.remove("item").asText();
            api.put(scoringUrl + "/api/v1/departments/" + department + "/years/" + year + "/judgements/" + item, verdict)
                    .expect(200);
            loaded++;
        }
        return loaded;
    }

    private JsonNode read(String file) {
        try {
            return JSON.readTree(Files.readString(dataDir.resolve(file)));
        } catch (IOException e) {
            throw new StackException("Cannot read demo data " + dataDir.resolve(file) + ": " + e.getMessage());
        }
    }
}
