package cn.perfeval.budget.messaging;

/** Builds one type of snapshot of an evaluation from what is stored; {@link FactSnapshots} publishes it. */
public interface SnapshotBuilder<S extends Snapshot<S>> {

    SnapshotType type();

    /** The snapshot with version 0; the publisher numbers it. */
    S build(SnapshotInputs inputs);
}
