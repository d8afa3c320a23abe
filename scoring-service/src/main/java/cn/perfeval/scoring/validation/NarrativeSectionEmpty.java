package cn.perfeval.scoring.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Kind {@code narrative-section-empty}: report sections without text. The sections are those report-service last
 * announced (narrative.changed lists every section its outline expects); until it announces any, the rule's
 * {@code sections} (report-service's NarrativeKeys fixed sections) are all empty.
 */
final class NarrativeSectionEmpty implements Check {

    private final List<NarrativeSection> expected;

    private NarrativeSectionEmpty(List<NarrativeSection> expected) {
        this.expected = expected;
    }

    static Check configure(RuleParams params) {
        List<NarrativeSection> sections = new ArrayList<>();
        for (JsonNode section : params.list("sections")) {
            String key = section.path("key").asText("");
            String title = section.path("title").asText("");
            if (key.isBlank() || title.isBlank()) {
                throw params.invalid("sections", "a list of {key, title}");
            }
            sections.add(new NarrativeSection(key, title, 0));
        }
        return new NarrativeSectionEmpty(List.copyOf(sections));
    }

    @Override
    public List<Hit> find(EvaluationInputs inputs) {
        return inputs.narrative().orElse(expected).stream().filter(section -> section.characters() == 0)
                .map(section -> new Hit(new RecordRef("narrative-section", section.key(), section.title()), null))
                .toList();
    }
}
