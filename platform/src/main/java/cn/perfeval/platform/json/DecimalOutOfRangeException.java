package cn.perfeval.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;

/** A JSON number that reads as a BigDecimal but is too large or too fine to accept ({@link DecimalLimits}). */
public final class DecimalOutOfRangeException extends InvalidFormatException {

    DecimalOutOfRangeException(JsonParser parser, BigDecimal value) {
        // toString, never toPlainString: the scientific form stays short whatever the exponent
        super(parser, DecimalLimits.RULE, value.toString(), BigDecimal.class);
    }
}
