package cn.perfeval.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Enters a demo evaluation through the public REST APIs, the way a department's staff, its ERP and the finance
 * bureau's reviewer would (see {@link DemoActors}): the department, its goals and key tasks, then each indicator with
 * its target as written, then its actual with evidence (staff); the budget and procurement records (ERP); the
 * judgements, self-assessed (staff); the report's narrative sections (staff). Safe to run again: existing indicators
 * are updated, not duplicated, budget and procurement lists are replaced as a whole, the expenditure push repeats its
 * Idempotency-Key, and a narrative section written again with the same text stays at its revision (a judgement
 * recorded again is a new version of the same verdict).
 *
 * <p>The data lives in readable JSON, CSV and text files under {@code demo-data/<DEPT>-<YEAR>/}.
 */
public final class DemoLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final String indicatorUrl;
    /** The department's staff, who write the department, goals, indicators, actuals and narrative. */
    private final Api api;

    /** @param api the department's staff (a token with {@code department-editor} for the department) */
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

    /**
     * Enters the budget and procurement records (budget/ and procurement/) through budget-service, in an order the
     * service accepts: projects before the expenditure lines that name them, award notices before the contracts that
     * follow them. Within each of the two topics the last write is an input the scorecard requires (assets, SME
     * reservation), so the first scorecard that is complete has seen everything loaded here.
     *
     * @param erp the department's ERP integration (a token with {@code erp-integration} for the department)
     * @return the number of expenditure lines the ERP push accepted
     */
    public long loadBudget(Api erp, String budgetUrl, String department, int year) {
        String evaluation = budgetUrl + "/api/v1/departments/" + department + "/years/" + year;
        put(erp, evaluation + "/budget", "appropriations", "adjustments", "projects");
        String ledger = readText("budget/expenditures.csv");
        long accepted = erp.postRaw(evaluation + "/budget/expenditures", ledger, "text/csv",
                        "demo-" + department + "-" + year + "-expenditures-" + digest(ledger))
                .expect(200).json().path("accepted").asLong();
        put(erp, evaluation + "/budget", "declared-totals", "carry-over", "public-funds-budget", "three-public",
                "bureau-execution-rate", "assets");
        put(erp, evaluation + "/procurement", "intentions", "award-notices", "contracts", "complaints",
                "sme-reservation");
        return accepted;
    }

    /** PUTs {@code <folder>/<resource>.json} to {@code <base>/<resource>} for each resource, in order. */
    private void put(Api client, String base, String... resources) {
        String folder = base.substring(base.lastIndexOf('/') + 1);
        for (String resource : resources) {
            client.put(base + "/" + resource, read(folder + "/" + resource + ".json")).expect(200);
        }
    }

    /**
     * Enters the judgements (judgements.json) with their evidence, as the department's self-assessment; returns how
     * many.
     *
     * @param staff the department's staff (a token with {@code department-editor}), whose name each judgement's
     *              history records
     */
    public int loadJudgements(Api staff, String scoringUrl, String department, int year) {
        int loaded = 0;
        for (JsonNode judgement : read("judgements.json")) {
            ObjectNode verdict = judgement.deepCopy();
            String item = verdict.remove("item").asText();
            staff.put(scoringUrl + "/api/v1/departments/" + department + "/years/" + year + "/judgements/" + item,
                    verdict).expect(200);
            loaded++;
        }
        return loaded;
    }

    /**
     * Writes the report's narrative sections through report-service, one per file {@code narrative/<key>.txt} (the
     * file name is the section key, the text is as the report prints it, one paragraph per line), in key order.
     * Meant to run before the evaluation is submitted: its approval publishes the report with these sections.
     *
     * @return the section keys written
     */
    public List<String> loadNarrative(String reportUrl, String department, int year) {
        Path folder = dataDir.resolve("narrative");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new StackException("Cannot read demo data " + folder + ": " + e.getMessage());
        }
        String base = reportUrl + "/api/v1/departments/" + department + "/years/" + year + "/report/narrative/";
        List<String> keys = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String key = name.substring(0, name.length() - ".txt".length());
            api.put(base + key, Map.of("text", readText("narrative/" + name))).expect(200);
            keys.add(key);
        }
        return keys;
    }

    /**
     * The department's explanations of validation warnings, by rule id ({@code validation-explanations.json}: an
     * object of rule id → text); none when the file is absent.
     */
    public static Map<String, String> explanations(Path dataDir) {
        Path file = dataDir.resolve("validation-explanations.json");
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            Map<String, String> explanations = new HashMap<>();
            JSON.readTree(file.toFile()).properties().forEach(entry -> explanations.put(entry.getKey(),
                    entry.getValue().asText()));
            return explanations;
        } catch (IOException e) {
            throw new StackException("Cannot read demo data " + file + ": " + e.getMessage());
        }
    }

    private JsonNode read(String file) {
        try {
            return JSON.readTree(readText(file));
        } catch (IOException e) {
            throw new StackException("Cannot read demo data " + dataDir.resolve(file) + ": " + e.getMessage());
        }
    }

    private String readText(String file) {
        try {
            return Files.readString(dataDir.resolve(file));
        } catch (IOException e) {
            throw new StackException("Cannot read demo data " + dataDir.resolve(file) + ": " + e.getMessage());
        }
    }

    /** A key that is the same for the same file, so a re-run replays the first push, and new for an edited one. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
