package cn.perfeval.localstack.province;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A department-year's procurement records as its ERP sends them (demo-data/GZHPF-2023/procurement/). */
public record Procurement(List<Intention> intentions, List<AwardNotice> awardNotices, List<Contract> contracts,
        List<Complaint> complaints, SmeReservation smeReservation) {

    /**
     * Resource name under {@code …/procurement/} → body, in an order budget-service accepts (notices before the
     * contracts that name them) and with the SME reservation, an input the scorecard requires, last.
     */
    public Map<String, Object> resources() {
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("intentions", intentions);
        resources.put("award-notices", awardNotices);
        resources.put("contracts", contracts);
        resources.put("complaints", complaints);
        resources.put("sme-reservation", smeReservation);
        return resources;
    }

    public record Intention(String projectCode, String name, String disclosedOn, String procurementStartsOn) {
    }

    public record AwardNotice(String noticeId, String projectCode, String issuedOn) {
    }

    public record Contract(String contractId, String projectCode, String awardNoticeId, String signedOn,
            String filedOn, BigDecimal amount, BigDecimal smeAmount) {
    }

    public record Complaint(String complaintId, String receivedOn, boolean upheldAgainstPurchaser, String summary) {
    }

    public record SmeReservation(BigDecimal reservedAmount, BigDecimal awardedAmount, String source) {
    }
}
