package cn.perfeval.scoring.engine.facts;

/**
 * What one fact key means.
 *
 * @param label            the fact's short Chinese name, as explanations and reports write it (e.g. 结转结余率)
 * @param unit             unit of a number ({@code %} is a percentage: 95.40 means 95.40%); for a
 *                         record set, what one record is
 * @param producer         the service that computes and publishes the fact
 * @param recordEntityType for a record set: the entity type its records are cited as in
 *                         {@link SourceRef}; {@code null} for numbers, which carry their own source
 */
public record FactDefinition(String key, FactType type, String label, String meaning, String unit, String producer,
                             String recordEntityType) {
}
