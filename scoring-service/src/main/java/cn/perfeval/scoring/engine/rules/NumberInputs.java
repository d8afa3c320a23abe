package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.NumberFact;
import cn.perfeval.scoring.engine.scorecard.InputRead;
import cn.perfeval.scoring.engine.scorecard.MissingInput;

import java.util.List;

/** Shared wording for number facts read by the data rules. */
final class NumberInputs {

    private NumberInputs() {
    }

    static InputRead read(NumberFact fact) {
        return new InputRead(fact.key(), fact.value().toPlainString(), List.of(fact.source()));
    }

    static MissingInput missing(ItemContext item, FactDefinition definition) {
        return new MissingInput(item.code(), definition.key(),
                "未收到 " + definition.producer() + " 的数据: " + definition.meaning());
    }

    /** A figure with its unit, e.g. "95.40%" or "623.75万元". */
    static String withUnit(String value, FactDefinition definition) {
        return value + definition.unit();
    }
}
