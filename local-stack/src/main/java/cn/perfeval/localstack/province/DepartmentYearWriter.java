package cn.perfeval.localstack.province;

import cn.perfeval.localstack.Api;
import cn.perfeval.localstack.province.DepartmentYear.Judgement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Enters one department-year through the public APIs as its people and systems would: the department's staff
 * ({@code department-editor}) write the department, its goals and its indicator table (one bulk import with the
 * actuals), the ERP ({@code erp-integration}) sends the budget, the ledger (one bulk CSV push with an
 * Idempotency-Key) and the procurement records, then the staff assess the judged items and write the narrative.
 * Each write must be accepted; the first one refused stops the department-year with the service's answer.
 */
final class DepartmentYearWriter {

    private final StackUrls urls;
    private final Api staff;
    private final Api erp;

    /**
     * @param staff the department's staff (a token with {@code department-editor} for its department)
     * @param erp   the department's ERP (a token with {@code erp-integration} for its department)
     */
    DepartmentYearWriter(StackUrls urls, Api staff, Api erp) {
        this.urls = urls;
        this.staff = staff;
        this.erp = erp;
    }

    /** @return the number of requests made */
    int write(DepartmentYear y, boolean withDepartment) {
        String indicators = StackUrls.evaluation(urls.indicator(), y.code(), y.year());
        int requests = 0;
        if (withDepartment) {
            staff.put(urls.indicator() + "/api/v1/departments/" + y.code(), y.department()).expect(200);
            requests++;
        }
        staff.put(indicators + "/goals", y.goals()).expect(200);
        staff.post(indicators + "/indicators/imports", y.indicators()).expect(200);
        requests += 2 + writeBudget(y) + writeProcurement(y);
        String scoring = StackUrls.evaluation(urls.scoring(), y.code(), y.year());
        for (Judgement judgement : y.judgements()) {
            staff.put(scoring + "/judgements/" + judgement.item(), body(judgement)).expect(200);
        }
        String narrative = StackUrls.evaluation(urls.report(), y.code(), y.year()) + "/report/narrative/";
        y.narrative().forEach((key, text) -> staff.put(narrative + key, Map.of("text", text)).expect(200));
        return requests + y.judgements().size() + y.narrative().size();
    }

    private int writeBudget(DepartmentYear y) {
        String budget = StackUrls.evaluation(urls.budget(), y.code(), y.year()) + "/budget/";
        y.budget().beforeLedger().forEach((resource, body) -> erp.put(budget + resource, body).expect(200));
        String ledger = y.budget().expendituresCsv();
        erp.postRaw(budget + "expenditures", ledger, "text/csv",
                "province-" + y.code() + "-" + y.year() + "-" + Integer.toHexString(ledger.hashCode())).expect(200);
        y.budget().afterLedger().forEach((resource, body) -> erp.put(budget + resource, body).expect(200));
        return y.budget().beforeLedger().size() + 1 + y.budget().afterLedger().size();
    }

    private int writeProcurement(DepartmentYear y) {
        String procurement = StackUrls.evaluation(urls.budget(), y.code(), y.year()) + "/procurement/";
        y.procurement().resources().forEach((resource, body) -> erp.put(procurement + resource, body).expect(200));
        return y.procurement().resources().size();
    }

    /** The judgement's request body: all but the item, which is in the path. */
    private static Map<String, Object> body(Judgement judgement) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("points", judgement.points());
        body.put("text", judgement.text());
        body.put("evidenceDocument", judgement.evidenceDocument());
        return body;
    }
}
