package cn.perfeval.scoring.validation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A section of the report's narrative and the length of its current text, as report-service announces it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NarrativeSection(String key, String title, int characters) {
}
