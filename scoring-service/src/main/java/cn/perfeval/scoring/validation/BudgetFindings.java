package cn.perfeval.scoring.validation;

import cn.perfeval.scoring.projection.FactEventType;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Kind {@code budget-finding}: the findings of budget-service's snapshot with code {@code code}, e.g.
 * RECONCILIATION: ERP line items that do not add up to the declared totals. Each is its own record, identified by
 * a digest of its wording: an explanation answers that disagreement, and new figures need a new one.
 */
final class BudgetFindings implements Check {

    private final String code;

    private BudgetFindings(String code) {
        this.code = code;
    }

    static Check configure(RuleParams params) {
        return new BudgetFindings(params.text("code"));
    }

    @Override
    public List<Hit> find(EvaluationInputs inputs) {
        List<Hit> hits = new ArrayList<>();
        inputs.ofType(FactEventType.BUDGET_FACTS).forEach(snapshot -> {
            for (JsonNode finding : snapshot.payload().path("findings")) {
                if (code.equals(finding.path("code").asText())) {
                    String message = finding.path("message").asText();
                    hits.add(new Hit(new RecordRef("budget-finding", digest(message), message), null));
                }
            }
        });
        return hits;
    }

    private static String digest(String message) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
