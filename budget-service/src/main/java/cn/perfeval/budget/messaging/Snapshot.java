package cn.perfeval.budget.messaging;

/**
 * The complete current state of one kind of an evaluation's data, as one event carries it. A builder makes it with
 * version 0; {@link FactSnapshots} numbers it, +1 per change of its content.
 */
public interface Snapshot<S extends Snapshot<S>> {

    String departmentCode();

    int fiscalYear();

    /** Whether anything was ever reported that this snapshot shows (an evaluation with none publishes nothing). */
    boolean hasContent();

    S withVersion(long version);
}
