package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.Facts;

/** A configured rule: scores one scheme item from the facts. Implementations are immutable. */
public interface ItemRule {

    RuleResult apply(ItemContext item, Facts facts);
}
