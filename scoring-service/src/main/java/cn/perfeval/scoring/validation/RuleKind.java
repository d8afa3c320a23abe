package cn.perfeval.scoring.validation;

import java.util.Arrays;
import java.util.function.Function;

/** The kinds a validation rule may name ({@code kind:} in the rule file), each implemented by one {@link Check}. */
enum RuleKind {
    INDICATOR_WITHOUT_ACTUAL("indicator-without-actual", IndicatorWithoutActual::configure),
    COMPLETION_ABOVE("completion-above", CompletionAbove::configure),
    NUMBER_BELOW("number-below", NumberBelow::configure),
    BUDGET_FINDING("budget-finding", BudgetFindings::configure),
    CONTRACT_SIGNED_NOT_FILED("contract-signed-not-filed", ContractSignedNotFiled::configure),
    NARRATIVE_SECTION_EMPTY("narrative-section-empty", NarrativeSectionEmpty::configure);

    private final String code;
    private final Function<RuleParams, Check> configure;

    RuleKind(String code, Function<RuleParams, Check> configure) {
        this.code = code;
        this.configure = configure;
    }

    Check configure(RuleParams params) {
        return configure.apply(params);
    }

    static RuleKind ofCode(String ruleId, String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Validation rule " + ruleId + ": unknown kind '" + code
                        + "'"));
    }
}
