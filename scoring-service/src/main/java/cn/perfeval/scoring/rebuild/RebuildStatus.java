package cn.perfeval.scoring.rebuild;

import java.time.OffsetDateTime;

/** Progress of a projection rebuild: how many of the topics' records have been replayed. */
public record RebuildStatus(String state, long totalRecords, long applied, long skippedAsPoison, String startedBy,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, String error) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}
