package cn.perfeval.scoring.validation;

import cn.perfeval.scoring.projection.FactRecord;
import java.util.List;
import java.util.Optional;

/**
 * What the validation rules read: the projected facts, and the narrative's sections as report-service last
 * announced them (empty when it never did).
 */
record EvaluationInputs(List<FactRecord> facts, Optional<List<NarrativeSection>> narrative) {

    List<FactRecord> ofType(String entityType) {
        return facts.stream().filter(fact -> fact.entityType().equals(entityType)).toList();
    }
}
