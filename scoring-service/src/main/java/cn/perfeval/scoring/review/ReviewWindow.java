package cn.perfeval.scoring.review;

import cn.perfeval.scoring.cycle.state.StateRequirements;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * When the review may be written, by the evaluation's state (docs/yearly-cycle.md): decisions and comments while it is
 * SUBMITTED, answers while it is RETURNED or DRAFT.
 */
@ApplicationScoped
public class ReviewWindow {

    private final StateRequirements requirements;

    public ReviewWindow(StateRequirements requirements) {
        this.requirements = requirements;
    }

    /** Refuses a review decision or comment unless the evaluation is SUBMITTED (409 evaluation-locked). */
    public void requireReviewable(String departmentCode, int fiscalYear) {
        requirements.requireSubmitted(departmentCode, fiscalYear);
    }

    /** Refuses an answer to a comment unless the evaluation is RETURNED or DRAFT. */
    public void requireAnswerable(String departmentCode, int fiscalYear) {
        requirements.requireWithDepartment(departmentCode, fiscalYear);
    }
}
