package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.MissingInput;

import java.util.List;

/** Shared wording for number facts read by the data rules. */
final class NumberInputs {

    /** Why an item waits: the fact's name and who sends it. */
    static final String MISSING = "尚未收到%s数据（由 %s 提供）";

    private NumberInputs() {
    }

    static InputRead read(NumberFact fact) {
        return new InputRead(fact.key(), fact.value().toPlainString(), List.of(fact.source()));
    }

    static MissingInput missing(ItemContext item, FactDefinition definition) {
        return new MissingInput(item.code(), definition.key(), MISSING.formatted(definition.label(), definition.producer()));
    }

    /** A fact as explanations write it: its Chinese name and value with unit, e.g. "结转结余率 0%". */
    static String named(NumberFact fact, FactDefinition definition) {
        return definition.label() + " " + withUnit(fact.value().toPlainString(), definition);
    }

    /** A figure with its unit, e.g. "95.40%" or "623.75万元". */
    static String withUnit(String value, FactDefinition definition) {
        return value + definition.unit();
    }
}
