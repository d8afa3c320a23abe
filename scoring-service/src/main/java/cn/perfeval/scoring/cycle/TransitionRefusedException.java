package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.problem.ProblemType;

/**
 * A transition refused with what the caller needs to act on beside the detail: the transitions allowed now
 * ({@code allowedTransitions}, 409) or the findings that block a submission ({@code findings}, 422). Platform's
 * problems carry field errors only, so this one adds its extension member itself ({@link CycleProblemMapper}).
 */
public class TransitionRefusedException extends RuntimeException {

    private final ProblemType type;
    private final String extension;
    private final transient Object extensionValue;

    TransitionRefusedException(ProblemType type, String detail, String extension, Object extensionValue) {
        super(detail);
        this.type = type;
        this.extension = extension;
        this.extensionValue = extensionValue;
    }

    public ProblemType type() {
        return type;
    }

    public String extension() {
        return extension;
    }

    public Object extensionValue() {
        return extensionValue;
    }
}
