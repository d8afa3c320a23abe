package cn.perfeval.budget.procurement.timeliness;

/** Where a record stands against one deadline. */
public enum TimelinessStatus {
    /** Done by the deadline. */
    ON_TIME,
    /** Done after the deadline. */
    LATE,
    /** Not done, and the deadline has passed: as late as an act done late, and counted so. */
    OVERDUE,
    /**
     * Not done, and the deadline has not passed, or cannot be known yet because it falls in a year whose holiday
     * notice is not published: not judged, and not counted either way.
     */
    PENDING;

    /** Whether the verdict counts in the compliance figures (every status but PENDING). */
    public boolean judged() {
        return this != PENDING;
    }
}
