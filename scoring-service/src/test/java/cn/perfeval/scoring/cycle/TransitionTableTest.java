package cn.perfeval.scoring.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.cycle.state.EvaluationState;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The states and transitions exactly as docs/yearly-cycle.md tables them. */
class TransitionTableTest {

    private static final Map<EvaluationState, Set<String>> OUT_OF = Map.of(
            EvaluationState.DRAFT, Set.of("submit"),
            EvaluationState.SUBMITTED, Set.of("return", "approve"),
            EvaluationState.RETURNED, Set.of("submit"),
            EvaluationState.APPROVED, Set.of("release", "reopen"),
            EvaluationState.RELEASED, Set.of("reopen"));

    @Test
    void eachStateAllowsExactlyTheTransitionsOfTheContract() {
        for (EvaluationState state : EvaluationState.values()) {
            for (Transition transition : Transition.values()) {
                assertThat(transition.allowedFrom(state)).as(transition.code() + " from " + state)
                        .isEqualTo(OUT_OF.get(state).contains(transition.code()));
            }
        }
    }

    @Test
    void whoMakesEachTransitionAndWhereItLeads() {
        assertThat(Transition.SUBMIT.role()).isEqualTo("department-editor");
        assertThat(Transition.RETURN.role()).isEqualTo("bureau-reviewer");
        assertThat(Transition.APPROVE.role()).isEqualTo("bureau-reviewer");
        assertThat(Transition.REOPEN.role()).isEqualTo("bureau-reviewer");
        assertThat(Transition.RELEASE.role()).isEqualTo("system");
        assertThat(Transition.SUBMIT.target()).isEqualTo(EvaluationState.SUBMITTED);
        assertThat(Transition.RETURN.target()).isEqualTo(EvaluationState.RETURNED);
        assertThat(Transition.APPROVE.target()).isEqualTo(EvaluationState.APPROVED);
        assertThat(Transition.RELEASE.target()).isEqualTo(EvaluationState.RELEASED);
        assertThat(Transition.REOPEN.target()).isEqualTo(EvaluationState.DRAFT);
    }

    @Test
    void onlyReturnAndReopenRequireAReason() {
        for (Transition transition : Transition.values()) {
            assertThat(transition.reasonRequired()).as(transition.code())
                    .isEqualTo(transition == Transition.RETURN || transition == Transition.REOPEN);
        }
    }

    @Test
    void factsAreWritableInDraftAndReturnedOnly() {
        assertThat(EvaluationState.values()).filteredOn(EvaluationState::factsWritable)
                .containsExactlyInAnyOrder(EvaluationState.DRAFT, EvaluationState.RETURNED);
        assertThat(EvaluationState.DRAFT.label()).isEqualTo("填报中");
        assertThat(EvaluationState.SUBMITTED.label()).isEqualTo("已提交");
        assertThat(EvaluationState.RETURNED.label()).isEqualTo("退回");
        assertThat(EvaluationState.APPROVED.label()).isEqualTo("审核通过");
        assertThat(EvaluationState.RELEASED.label()).isEqualTo("已公开");
    }
}
