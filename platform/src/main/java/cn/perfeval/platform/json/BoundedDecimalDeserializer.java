package cn.perfeval.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Jackson's own BigDecimal reading, then {@link DecimalLimits}: a decimal out of bounds is a field error. */
final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        if (value != null && !DecimalLimits.fits(value)) {
            throw new DecimalOutOfRangeException(parser, value);
        }
        return value;
    }

}
