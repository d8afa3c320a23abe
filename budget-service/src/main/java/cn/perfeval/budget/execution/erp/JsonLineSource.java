package cn.perfeval.budget.execution.erp;

import cn.perfeval.platform.json.DecimalLimits;
import cn.perfeval.platform.problem.Problem.FieldError;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Expenditure lines from a JSON array of objects ({@code [{"lineId":…,"date":…,"amount":…,"category":…,
 * "projectCode":…}, …]}), read element by element with a streaming parser: only the current element is ever a
 * tree in memory. An element that is not an object, or has unknown fields, is a malformed line; broken JSON
 * rejects the request, naming where.
 */
final class JsonLineSource implements LineSource {

    private final JsonParser parser;
    private final ObjectReader reader;
    private long row;
    private JsonToken nextToken;

    JsonLineSource(InputStream body, ObjectMapper mapper) {
        try {
            // Amounts must stay exact decimals with their scale: never a double. The array is read one element at a
            // time, so the next element is not "trailing" (StrictJson's rule is for a whole body).
            reader = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(JsonNodeFactory.withExactBigDecimals(true));
            parser = reader.createParser(body);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw unreadable("$", "must be a JSON array of expenditure lines");
            }
            nextToken = parser.nextToken();
        } catch (IOException e) {
            throw unreadable("$", e.getMessage());
        }
    }

    @Override
    public boolean hasNext() {
        if (nextToken == null) {
            throw unreadable("$[" + row + "]", "the array is not closed");
        }
        return nextToken != JsonToken.END_ARRAY;
    }

    @Override
    public RawLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        row++;
        try {
            JsonNode element = reader.readTree(parser);
            nextToken = parser.nextToken();
            return toLine(element);
        } catch (IOException e) {
            throw unreadable("$[" + (row - 1) + "]", e.getMessage());
        }
    }

    private RawLine toLine(JsonNode element) {
        if (element == null || !element.isObject()) {
            return RawLine.malformed(row, "must be a JSON object");
        }
        Map<String, String> cells = new HashMap<>();
        var fields = element.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!List.of(COLUMNS).contains(field.getKey())) {
                return RawLine.malformed(row, "unknown field '" + field.getKey() + "'");
            }
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                return RawLine.malformed(row, "field '" + field.getKey() + "' must be a string or number");
            }
            cells.put(field.getKey(), value.isNull() ? null : value.isNumber() ? text(value.decimalValue()) : value.asText());
        }
        return RawLine.of(row, cells);
    }

    /**
     * A number's exact text (no double in between: 686.20 stays 686.20), which the line parser reads and checks.
     * Beyond {@link DecimalLimits} the plain text could be a billion digits long, so it stays scientific (1E+999999999)
     * for the parser to reject.
     */
    private static String text(BigDecimal number) {
        return DecimalLimits.fits(number) ? number.toPlainString() : number.toString();
    }

    private static ProblemException unreadable(String where, String why) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The JSON cannot be read at " + where
                + "; nothing was written", List.of(new FieldError(where, why == null ? "unreadable" : why)));
    }
}
