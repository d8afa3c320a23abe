package cn.perfeval.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * Amounts, rates and scores travel as JSON numbers between services. Read as doubles they lose their scale
 * (100.00 becomes 100.0) and, for some values, their exactness; every service's mapper therefore reads JSON
 * decimals as {@link java.math.BigDecimal}, also inside trees ({@code JsonNode}) such as event payloads. A
 * BigDecimal field is read within {@link DecimalLimits} (a tree's numbers are checked by whoever reads the tree).
 */
@Singleton
public class ExactDecimals implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        mapper.registerModule(new SimpleModule("bounded-decimals")
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()));
    }
}
