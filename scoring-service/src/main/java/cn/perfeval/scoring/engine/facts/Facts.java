package cn.perfeval.scoring.engine.facts;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the engine may read for one department and fiscal year. A key that is absent means the
 * input has not arrived (the item becomes incomplete); an empty record set means "reported, none".
 *
 * @param numbers    keyed by {@link NumberFact#key()}
 * @param recordSets keyed by record-set key (see {@link FactCatalog})
 * @param judgements keyed by scheme item code
 */
public record Facts(String departmentCode, int fiscalYear, List<IndicatorFact> indicators,
                    Map<String, NumberFact> numbers, Map<String, List<RecordFact>> recordSets,
                    Map<String, JudgementFact> judgements) {

    public Facts {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
        judgements = judgements == null ? Map.of() : Map.copyOf(judgements);
        recordSets = copyRecordSets(recordSets);
        requireUniqueIndicatorIds(indicators);
        numbers.forEach((key, fact) -> {
            if (!key.equals(fact.key())) {
                throw new InvalidFactException("numbers[" + key + "]", "is keyed differently from its fact " + fact.key());
            }
        });
    }

    private static Map<String, List<RecordFact>> copyRecordSets(Map<String, List<RecordFact>> recordSets) {
        if (recordSets == null) {
            return Map.of();
        }
        Map<String, List<RecordFact>> copy = new LinkedHashMap<>();
        recordSets.forEach((key, records) -> {
            List<RecordFact> list = List.copyOf(records);
            Set<String> ids = new HashSet<>();
            for (RecordFact record : list) {
                if (!ids.add(record.id())) {
                    throw new InvalidFactException("recordSets[" + key + "]", "record " + record.id() + " appears twice");
                }
            }
            copy.put(key, list);
        });
        return Map.copyOf(copy);
    }

    private static void requireUniqueIndicatorIds(List<IndicatorFact> indicators) {
        Set<String> ids = new HashSet<>();
        for (IndicatorFact indicator : indicators) {
            if (!ids.add(indicator.id())) {
                throw new InvalidFactException("indicators", "indicator " + indicator.id() + " appears twice");
            }
        }
    }
}
