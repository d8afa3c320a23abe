package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A stored scorecard against a what-if of the same facts, the reference the end-to-end tests score it by. */
public final class ScorecardComparison {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ScorecardComparison() {
    }

    /**
     * The scorecard equals the what-if in every field the what-if has (the what-if has no version or time of its
     * own), numbers compared by value.
     */
    public static void assertEqualsWhatIf(JsonNode scorecard, JsonNode whatIf, String evaluation) {
        whatIf.fieldNames().forEachRemaining(field -> assertThat(
                scorecard.path(field).equals(ScorecardComparison::compareNumbersByValue, whatIf.path(field)))
                .as("%s: scorecard %s equals the what-if's:%n  %s%nvs%n  %s", evaluation, field, scorecard.path(field),
                        whatIf.path(field))
                .isTrue());
    }

    /**
     * 20 and 20.00 are the same points, and an input read as "961" or "961.0" the same number (the event and the REST
     * representation of an indicator may write a value with different scales); anything else must be equal as JSON.
     */
    private static int compareNumbersByValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isTextual() && b.isTextual() && DECIMAL.matcher(a.asText()).matches()
                && DECIMAL.matcher(b.asText()).matches()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
    }
}
