package cn.perfeval.scoring.validation;

import com.fasterxml.jackson.databind.JsonNode;
import cn.perfeval.scoring.projection.FactEventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kind {@code narrative-section-empty}: report sections without text. The sections are those report-service last
 * announced (narrative.changed lists every section its outline expects); until it announces any, the rule's
 * {@code sections} (report-service's NarrativeKeys fixed sections) are all empty. A section may name a
 * {@code fallback}, the field of the department record the report prints until someone writes the section (部门职能
 * prints the department's registered functions): it is empty only when that field is blank too.
 */
final class NarrativeSectionEmpty implements Check {

    private final List<NarrativeSection> expected;
    private final Map<String, String> fallbacks;

    private NarrativeSectionEmpty(List<NarrativeSection> expected, Map<String, String> fallbacks) {
        this.expected = expected;
        this.fallbacks = fallbacks;
    }

    static Check configure(RuleParams params) {
        List<NarrativeSection> sections = new ArrayList<>();
        Map<String, String> fallbacks = new HashMap<>();
        for (JsonNode section : params.list("sections")) {
            String key = section.path("key").asText("");
            String title = section.path("title").asText("");
            if (key.isBlank() || title.isBlank()) {
                throw params.invalid("sections", "a list of {key, title}");
            }
            sections.add(new NarrativeSection(key, title, 0));
            if (section.hasNonNull("fallback")) {
                fallbacks.put(key, section.path("fallback").asText());
            }
        }
        return new NarrativeSectionEmpty(List.copyOf(sections), Map.copyOf(fallbacks));
    }

    @Override
    public List<Hit> find(EvaluationInputs inputs) {
        return inputs.narrative().orElse(expected).stream().filter(section -> section.characters() == 0)
                .filter(section -> !filledByFallback(section.key(), inputs))
                .map(section -> new Hit(new RecordRef("narrative-section", section.key(), section.title()), null))
                .toList();
    }

    private boolean filledByFallback(String key, EvaluationInputs inputs) {
        String field = fallbacks.get(key);
        return field != null && inputs.ofType(FactEventType.DEPARTMENT).stream()
                .anyMatch(department -> !department.deleted() && !department.payload().path(field).asText("").isBlank());
    }
}
