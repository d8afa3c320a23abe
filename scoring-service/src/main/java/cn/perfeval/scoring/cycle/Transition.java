package cn.perfeval.scoring.cycle;

import cn.perfeval.platform.security.Roles;
import cn.perfeval.scoring.cycle.state.EvaluationState;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The moves between states, who may make each, and what each records. {@code release} is made by report-service
 * (role {@value #SYSTEM_ROLE}) once the public version answering an approval exists, never by a person.
 */
public enum Transition {
    SUBMIT("submit", Roles.DEPARTMENT_EDITOR, EvaluationState.SUBMITTED, false,
            Set.of(EvaluationState.DRAFT, EvaluationState.RETURNED)),
    RETURN("return", Roles.BUREAU_REVIEWER, EvaluationState.RETURNED, true, Set.of(EvaluationState.SUBMITTED)),
    APPROVE("approve", Roles.BUREAU_REVIEWER, EvaluationState.APPROVED, false, Set.of(EvaluationState.SUBMITTED)),
    RELEASE("release", Transition.SYSTEM_ROLE, EvaluationState.RELEASED, false, Set.of(EvaluationState.APPROVED)),
    REOPEN("reopen", Roles.BUREAU_REVIEWER, EvaluationState.DRAFT, true,
            Set.of(EvaluationState.APPROVED, EvaluationState.RELEASED));

    /** The role of transitions no person makes. */
    public static final String SYSTEM_ROLE = "system";

    private final String code;
    private final String role;
    private final EvaluationState target;
    private final boolean reasonRequired;
    private final Set<EvaluationState> sources;

    Transition(String code, String role, EvaluationState target, boolean reasonRequired, Set<EvaluationState> sources) {
        this.code = code;
        this.role = role;
        this.target = target;
        this.reasonRequired = reasonRequired;
        this.sources = sources;
    }

    /** The name in the API and the events ({@code submit}). */
    public String code() {
        return code;
    }

    public String role() {
        return role;
    }

    public EvaluationState target() {
        return target;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public boolean allowedFrom(EvaluationState state) {
        return sources.contains(state);
    }

    /** The transitions allowed from {@code state}, whoever makes them, in declaration order. */
    public static List<Transition> from(EvaluationState state) {
        return Arrays.stream(values()).filter(transition -> transition.allowedFrom(state)).toList();
    }
}
