package cn.perfeval.scoring.engine.facts;

/**
 * One record of a record set with the verdict its owning service reached for it, e.g. one contract
 * and whether it was signed within 30 days of the award notice. {@code detail} is the human-readable
 * reason shown in the deduction ledger.
 */
public record RecordFact(String id, long version, boolean compliant, String detail) {

    public RecordFact {
        if (id == null || id.isBlank()) {
            throw new InvalidFactException("recordSets.id", "a record needs an id");
        }
    }
}
