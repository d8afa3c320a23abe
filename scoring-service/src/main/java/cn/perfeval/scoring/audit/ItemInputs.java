package cn.perfeval.scoring.audit;

import cn.perfeval.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which audited entities a scorecard item read. The engine cites, for every input an item read, the records it came
 * from ({@code items[].inputs[].sources}: entity type, id, version) in the scorecard; those are the entities whose
 * writes are the item's history. Indicators ({@code indicator}, its id), judgements ({@code judgement}, the item
 * code) and budget numbers (the input kind, {@code dept:year}) are cited exactly as their services audit them. A
 * procurement or asset record is cited one by one, while budget-service audits the whole kind it belongs to, so such
 * a record leads to the entries of its kind. An input the evaluation has not reported yet cites nothing.
 */
@ApplicationScoped
public class ItemInputs {

    /** The kind budget-service audits (FactKind entity types) for each record type the engine cites. */
    private static final Map<String, List<String>> KINDS_OF_RECORDS = Map.of(
            "procurement-project", List.of("procurement-intentions"),
            "procurement-contract", List.of("procurement-contracts", "procurement-award-notices"),
            "procurement-complaint", List.of("procurement-complaints"),
            "asset-income-remittance", List.of("assets"));

    private final ObjectMapper mapper;

    public ItemInputs(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The entities the item read in the given scorecard document; a 404 when the scorecard has no such item. */
    public List<AuditLog.EntityRef> of(String scorecard, String dept, int year, String itemCode) {
        JsonNode item = item(read(scorecard), itemCode);
        Set<AuditLog.EntityRef> entities = new LinkedHashSet<>();
        for (JsonNode input : item.path("inputs")) {
            for (JsonNode source : input.path("sources")) {
                String type = source.path("entityType").asText();
                List<String> kinds = KINDS_OF_RECORDS.get(type);
                if (kinds == null) {
                    entities.add(new AuditLog.EntityRef(type, source.path("id").asText()));
                } else {
                    kinds.forEach(kind -> entities.add(new AuditLog.EntityRef(kind, dept + ":" + year)));
                }
            }
        }
        return List.copyOf(entities);
    }

    private static JsonNode item(JsonNode scorecard, String itemCode) {
        for (JsonNode item : scorecard.path("items")) {
            if (itemCode.equals(item.path("code").asText())) {
                return item;
            }
        }
        throw ProblemException.notFound("The latest scorecard has no item " + itemCode);
    }

    private JsonNode read(String scorecard) {
        try {
            return mapper.readTree(scorecard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scorecard is not JSON", e);
        }
    }
}
