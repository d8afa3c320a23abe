package cn.perfeval.scoring.review;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * When the review may be written, by the evaluation's state (docs/yearly-cycle.md): decisions and comments while it is
 * SUBMITTED, answers while it is RETURNED or DRAFT. The state machine is built in {@code cycle/} in parallel with this
 * package; until the merge wires these two checks to it they let every write through.
 */
@ApplicationScoped
public class ReviewWindow {

    /** Refuses a review decision or comment unless the evaluation is SUBMITTED (409, evaluation-locked style). */
    public void requireReviewable(String departmentCode, int fiscalYear) {
        // wired at the merge: the cycle state of (departmentCode, fiscalYear) must be SUBMITTED
    }

    /** Refuses an answer to a comment unless the evaluation is RETURNED or DRAFT. */
    public void requireAnswerable(String departmentCode, int fiscalYear) {
        // wired at the merge: the cycle state of (departmentCode, fiscalYear) must be RETURNED or DRAFT
    }
}
