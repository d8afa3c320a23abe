package cn.perfeval.scoring.validation;

import cn.perfeval.scoring.scheme.SchemeConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validation rules of each scheme, data in {@code validation/<scheme id>.yaml} beside the shipped schemes (a
 * scheme without a file has no rules). The default scheme's file is read at startup, so a broken one stops the
 * service instead of the first submission.
 */
@ApplicationScoped
public class ValidationRuleCatalog {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final String defaultSchemeId;
    private final Map<String, List<ValidationRule>> bySchemeId = new ConcurrentHashMap<>();

    public ValidationRuleCatalog(SchemeConfig config) {
        this.defaultSchemeId = config.defaultScheme();
    }

    void readDefaultSchemeRules(@Observes StartupEvent event) {
        rulesOf(defaultSchemeId);
    }

    public List<ValidationRule> rulesOf(String schemeId) {
        return bySchemeId.computeIfAbsent(schemeId, ValidationRuleCatalog::read);
    }

    private static List<ValidationRule> read(String schemeId) {
        String resource = "validation/" + schemeId + ".yaml";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? List.of() : parse(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static List<ValidationRule> parse(JsonNode document) {
        List<ValidationRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : document.path("rules")) {
            String id = rule.path("id").asText("");
            if (id.isBlank() || !ids.add(id)) {
                throw new IllegalArgumentException("Validation rule without an id, or id repeated: '" + id + "'");
            }
            rules.add(rule(id, rule));
        }
        return List.copyOf(rules);
    }

    private static ValidationRule rule(String id, JsonNode rule) {
        Severity severity = switch (rule.path("severity").asText("")) {
            case "blocking" -> Severity.BLOCKING;
            case "warning" -> Severity.WARNING;
            default -> throw new IllegalArgumentException("Validation rule " + id + ": severity must be blocking or warning");
        };
        String message = rule.path("message").asText("");
        if (message.isBlank()) {
            throw new IllegalArgumentException("Validation rule " + id + ": message is required");
        }
        String kind = rule.path("kind").asText("");
        JsonNode params = rule.path("params").isObject() ? rule.get("params") : YAML.createObjectNode();
        Check check = RuleKind.ofCode(id, kind).configure(new RuleParams(id, params));
        return new ValidationRule(id, severity, message, kind, params, check);
    }
}
