package cn.perfeval.scoring.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Reads a rule's parameters; a missing or mistyped one fails the rule file when it is loaded, naming the rule. */
record RuleParams(String ruleId, JsonNode params) {

    String text(String name) {
        JsonNode value = params.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(name, "a text");
        }
        return value.asText();
    }

    BigDecimal decimal(String name) {
        JsonNode value = params.path(name);
        if (!value.isNumber()) {
            throw invalid(name, "a number");
        }
        return value.decimalValue();
    }

    JsonNode list(String name) {
        JsonNode value = params.path(name);
        if (!value.isArray() || value.isEmpty()) {
            throw invalid(name, "a non-empty list");
        }
        return value;
    }

    IllegalArgumentException invalid(String name, String expected) {
        return new IllegalArgumentException("Validation rule " + ruleId + ": parameter '" + name + "' must be " + expected);
    }
}
