package cn.perfeval.scoring.validation;

import cn.perfeval.scoring.projection.FactEventType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Kind {@code contract-signed-not-filed}: contracts signed on time (compliant in the {@code signingSet}) that do not
 * appear in the {@code filingSet}. budget-service leaves a contract out of the filing set while its filing is
 * pending (signed, not filed, deadline not passed); one overdue is already in it, as a deduction of the scorecard.
 * A contract signed late is not reported: the record sets carry verdicts, not dates, and a late signature looks the
 * same there as a contract not signed at all.
 */
final class ContractSignedNotFiled implements Check {

    private final String signingSet;
    private final String filingSet;

    private ContractSignedNotFiled(String signingSet, String filingSet) {
        this.signingSet = signingSet;
        this.filingSet = filingSet;
    }

    static Check configure(RuleParams params) {
        return new ContractSignedNotFiled(params.text("signingSet"), params.text("filingSet"));
    }

    @Override
    public List<Hit> find(EvaluationInputs inputs) {
        List<Hit> hits = new ArrayList<>();
        inputs.ofType(FactEventType.PROCUREMENT_FACTS).forEach(snapshot -> {
            JsonNode sets = snapshot.payload().path("recordSets");
            Set<String> filed = ids(sets.path(filingSet));
            for (JsonNode contract : sets.path(signingSet)) {
                String id = contract.path("id").asText();
                if (contract.path("compliant").asBoolean() && !filed.contains(id)) {
                    hits.add(new Hit(new RecordRef("contract", id, id), null));
                }
            }
        });
        return hits;
    }

    private static Set<String> ids(JsonNode records) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(record.path("id").asText()));
        return ids;
    }
}
