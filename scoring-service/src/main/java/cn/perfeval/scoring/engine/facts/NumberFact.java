package cn.perfeval.scoring.engine.facts;

import java.math.BigDecimal;

/** One named figure (see {@link FactCatalog} for the keys, units and producers). */
public record NumberFact(String key, BigDecimal value, SourceRef source) {

    public NumberFact {
        if (key == null || key.isBlank()) {
            throw new InvalidFactException("numbers.key", "a number fact needs a key");
        }
        if (value == null) {
            throw new InvalidFactException("numbers[" + key + "].value",
                    "a number fact needs a value; leave the key out when the figure is missing");
        }
        if (source == null) {
            throw new InvalidFactException("numbers[" + key + "].source", "a number fact must name its source record");
        }
    }
}
