package cn.perfeval.scoring.rectification;

/**
 * Whether a monitoring round of the evaluation shows a red light at a reference ({@code <asOf>/budget},
 * {@code <asOf>/indicator/<id>}, {@code <asOf>/project/<code>}). Monitoring implements it; rectification knows only
 * this interface ({@code monitoring.RedLights}), so a task may answer a red light without this package depending on
 * the rounds.
 */
public interface RedLightCheck {

    /** @return true when the round of that as-of date exists and its light at the reference is red */
    boolean isRed(String departmentCode, int fiscalYear, String reference);
}
