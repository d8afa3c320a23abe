package cn.perfeval.scoring.engine.rules;

/** A rule parameter that is missing, of the wrong type, out of range, or unknown. */
public record ParamProblem(String param, String message) {
}
