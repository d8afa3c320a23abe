package cn.perfeval.scoring.engine.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The rules a scheme item can name, by the name used in scheme documents. */
public enum RuleKind {
    INDICATOR_GROUP_CREDIT("indicator-group-credit", IndicatorGroupCreditRule::configure),
    PROPORTIONAL_TO_RATE("proportional-to-rate", ProportionalToRateRule::configure),
    THRESHOLD("threshold", ThresholdRule::configure),
    ALL_OR_NOTHING("all-or-nothing", AllOrNothingRule::configure),
    SHARE_OF_COMPLIANT("share-of-compliant", ShareOfCompliantRule::configure),
    DEDUCTION_PER_VIOLATION("deduction-per-violation", DeductionPerViolationRule::configure),
    JUDGEMENT("judgement", JudgementRule::configure);

    private final String ruleName;
    private final Function<ParamReader, ItemRule> configurer;

    RuleKind(String ruleName, Function<ParamReader, ItemRule> configurer) {
        this.ruleName = ruleName;
        this.configurer = configurer;
    }

    public String ruleName() {
        return ruleName;
    }

    public static Optional<RuleKind> named(String ruleName) {
        return Arrays.stream(values()).filter(kind -> kind.ruleName.equals(ruleName)).findFirst();
    }

    /**
     * Reads the parameters into a ready rule, or returns {@code null} when they are invalid; the
     * reasons are then in {@link ParamReader#problems()}.
     */
    public ItemRule configure(ParamReader params) {
        return configurer.apply(params);
    }
}
