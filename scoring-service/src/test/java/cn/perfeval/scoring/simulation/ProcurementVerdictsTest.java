package cn.perfeval.scoring.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.simulation.SimulationRequest.RecordOverride;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How budget-service's previews and problems become what the what-if scores and answers. */
class ProcurementVerdictsTest {

    private static VerdictPreview.Verdict verdict(String rule, String subject, Boolean compliant) {
        return new VerdictPreview.Verdict(rule, subject, "2023-07-28", compliant, "合同签订于2023-07-28……");
    }

    @Test
    void eachVerdictBecomesTheRecordOfTheSetItFeeds() {
        Map<String, List<RecordOverride>> overrides = ProcurementVerdicts.overrides(new VerdictPreview(List.of(
                verdict("CONTRACT_SIGNING", "HT-2", true), verdict("CONTRACT_FILING", "HT-2", false),
                verdict("INTENTION_DISCLOSURE", "CG-1", false), verdict("SOME_FUTURE_RULE", "X", false),
                verdict("CONTRACT_FILING", "HT-3", null))));

        assertThat(overrides).containsOnlyKeys(FactCatalog.CONTRACT_SIGNING, FactCatalog.CONTRACT_FILING,
                FactCatalog.INTENTIONS_TIMELY, FactCatalog.INTENTIONS_DISCLOSED);
        assertThat(overrides.get(FactCatalog.CONTRACT_SIGNING)).extracting(RecordOverride::id, RecordOverride::compliant)
                .containsExactly(tuple("HT-2", true));
        // HT-3's filing is pending (not filed, deadline not passed): not judged, so not a record of the set yet
        assertThat(overrides.get(FactCatalog.CONTRACT_FILING)).extracting(RecordOverride::id).containsExactly("HT-2");
        assertThat(overrides.get(FactCatalog.CONTRACT_FILING).get(0).compliant()).isFalse();
        assertThat(overrides.get(FactCatalog.CONTRACT_FILING).get(0).detail()).startsWith("模拟：合同签订于2023-07-28");
        // a late disclosure is still a disclosure
        assertThat(overrides.get(FactCatalog.INTENTIONS_TIMELY).get(0).compliant()).isFalse();
        assertThat(overrides.get(FactCatalog.INTENTIONS_DISCLOSED).get(0).compliant()).isTrue();
        assertThat(ProcurementVerdicts.overrides(new VerdictPreview(null))).isEmpty();
    }

    @Test
    void aProblemOfBudgetServiceIsPassedOnWithItsFieldsUnderProcurement() {
        ProblemException problem = ProcurementVerdicts.problemFor(400, """
                {"type":"https://perfeval.cn/problems/validation","title":"Request validation failed","status":400,
                 "detail":"contracts[HT-2].signedOn: 2023-06-01 is before the award notice was issued on 2023-07-03",
                 "correlationId":"abc","errors":[{"field":"contracts[HT-2].signedOn","message":"before the notice"}]}
                """);

        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.getMessage()).contains("before the award notice");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("procurement.contracts[HT-2].signedOn",
                "before the notice"));
        assertThat(ProcurementVerdicts.problemFor(422, """
                {"type":"https://perfeval.cn/problems/unprocessable","status":422,"detail":"no calendar for 2027"}
                """).type()).isEqualTo(ProblemType.UNPROCESSABLE);
        assertThat(ProcurementVerdicts.problemFor(403, "<html>forbidden</html>").type()).isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void aFailureOfBudgetServiceIsUnavailabilityNotAnError() {
        assertThat(ProcurementVerdicts.problemFor(500, "{}").type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(ProcurementVerdicts.problemFor(502, "").type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    }
}
