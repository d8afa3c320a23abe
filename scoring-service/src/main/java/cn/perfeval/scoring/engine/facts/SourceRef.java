package cn.perfeval.scoring.engine.facts;

import java.util.Objects;

/** The record a fact was read from, with the version that was read (for the audit trail). */
public record SourceRef(String entityType, String id, long version) implements Comparable<SourceRef> {

    private static final java.util.Comparator<SourceRef> ORDER = java.util.Comparator
            .comparing(SourceRef::entityType)
            .thenComparing(SourceRef::id)
            .thenComparingLong(SourceRef::version);

    public SourceRef {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(SourceRef other) {
        return ORDER.compare(this, other);
    }
}
