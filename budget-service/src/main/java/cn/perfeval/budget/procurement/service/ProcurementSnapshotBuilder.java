package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.budget.messaging.FactSnapshot.NumberFact;
import cn.perfeval.budget.messaging.FactSnapshot.RecordFact;
import cn.perfeval.budget.messaging.FactSnapshot.Source;
import cn.perfeval.budget.messaging.FactSnapshot;
import cn.perfeval.budget.messaging.SnapshotBuilder;
import cn.perfeval.budget.messaging.SnapshotInputs;
import cn.perfeval.budget.messaging.SnapshotType;
import cn.perfeval.budget.procurement.timeliness.TimelinessRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the procurement-events snapshot from the stored records and their current verdicts. A record set is
 * present once its kind was reported. A contract appears in the signing (filing) set once it has been signed
 * (filed), or, not signed (filed), once the deadline has passed, then as non-compliant with the deadline named;
 * while its deadline has not passed it is pending and left out (README: "An act not done yet").
 */
@ApplicationScoped
public class ProcurementSnapshotBuilder implements SnapshotBuilder<FactSnapshot> {

    static final String INTENTIONS_DISCLOSED = "procurement.intentions.disclosed";
    static final String INTENTIONS_TIMELY = "procurement.intentions.timely";
    static final String CONTRACT_SIGNING = "procurement.contracts.signing";
    static final String CONTRACT_FILING = "procurement.contracts.filing";
    static final String COMPLAINTS = "procurement.complaints";
    static final String SME_RESERVED = "procurement.sme.reserved";
    static final String SME_AWARDED = "procurement.sme.awarded";

    private final FactStore store;
    private final TimelinessVerdicts verdicts;

    public ProcurementSnapshotBuilder(FactStore store, TimelinessVerdicts verdicts) {
        this.store = store;
        this.verdicts = verdicts;
    }

    @Override
    public SnapshotType type() {
        return SnapshotType.PROCUREMENT_FACTS;
    }

    @Override
    public FactSnapshot build(SnapshotInputs inputs) {
        String dept = inputs.dept();
        int year = inputs.year();
        Map<String, VerdictView> byRuleAndSubject = new HashMap<>();
        verdicts.list(dept, year).forEach(verdict -> byRuleAndSubject.put(verdict.rule() + "/" + verdict.subjectId(), verdict));
        SortedMap<String, NumberFact> numbers = new TreeMap<>();
        SortedMap<String, List<RecordFact>> recordSets = new TreeMap<>();
        if (reported(dept, year, FactKind.INTENTIONS)) {
            putIntentions(recordSets, byRuleAndSubject, dept, year);
        }
        if (reported(dept, year, FactKind.CONTRACTS)) {
            putContracts(recordSets, byRuleAndSubject, dept, year);
        }
        if (reported(dept, year, FactKind.COMPLAINTS)) {
            Map<String, Long> versions = store.recordVersions(dept, year, FactKind.COMPLAINTS);
            recordSets.put(COMPLAINTS, store.list(dept, year, FactKind.COMPLAINTS, ProcurementComplaint.class).stream()
                    .map(complaint -> new RecordFact(complaint.complaintId(), versions.get(complaint.complaintId()),
                            !complaint.upheldAgainstPurchaser(), complaint.upheldAgainstPurchaser()
                                    ? "upheld as the purchaser's responsibility: " + complaint.summary()
                                    : "not upheld against the purchaser: " + complaint.summary()))
                    .toList());
        }
        store.document(dept, year, FactKind.SME_RESERVATION, SmeReservation.class).ifPresent(sme -> {
            Source source = new Source(FactKind.SME_RESERVATION.entityType(), dept + ":" + year,
                    store.sectionVersion(dept, year, FactKind.SME_RESERVATION).orElse(0L));
            numbers.put(SME_RESERVED, new NumberFact(sme.reservedAmount(), source, sme.source()));
            numbers.put(SME_AWARDED, new NumberFact(sme.awardedAmount(), source, sme.source()));
        });
        return new FactSnapshot(dept + ":" + year, dept, year, 0, numbers, recordSets, null, List.of());
    }

    /** Disclosed at all, and disclosed in time (the verdict budget-service judged on its calendar). */
    private void putIntentions(SortedMap<String, List<RecordFact>> recordSets, Map<String, VerdictView> verdicts,
            String dept, int year) {
        Map<String, Long> versions = store.recordVersions(dept, year, FactKind.INTENTIONS);
        List<RecordFact> disclosed = new ArrayList<>();
        List<RecordFact> timely = new ArrayList<>();
        for (ProcurementIntention intention : store.list(dept, year, FactKind.INTENTIONS, ProcurementIntention.class)) {
            long version = versions.get(intention.projectCode());
            String id = intention.projectCode();
            if (intention.disclosedOn() == null) {
                disclosed.add(new RecordFact(id, version, false, "采购意向未公开"));
                timely.add(new RecordFact(id, version, false, "采购意向未公开"));
            } else {
                disclosed.add(new RecordFact(id, version, true, "采购意向已于" + intention.disclosedOn() + "公开"));
                VerdictView verdict = verdicts.get(TimelinessRule.INTENTION_DISCLOSURE + "/" + id);
                timely.add(new RecordFact(id, version, verdict.compliant(), verdict.detail()));
            }
        }
        recordSets.put(INTENTIONS_DISCLOSED, disclosed);
        recordSets.put(INTENTIONS_TIMELY, timely);
    }

    /** Signed and filed in time: the contracts whose verdicts are judged (a date not reached yet is not). */
    private void putContracts(SortedMap<String, List<RecordFact>> recordSets, Map<String, VerdictView> verdicts,
            String dept, int year) {
        Map<String, Long> versions = store.recordVersions(dept, year, FactKind.CONTRACTS);
        List<RecordFact> signing = new ArrayList<>();
        List<RecordFact> filing = new ArrayList<>();
        for (ProcurementContract contract : store.list(dept, year, FactKind.CONTRACTS, ProcurementContract.class)) {
            long version = versions.get(contract.contractId());
            addVerdict(signing, verdicts.get(TimelinessRule.CONTRACT_SIGNING + "/" + contract.contractId()), version);
            addVerdict(filing, verdicts.get(TimelinessRule.CONTRACT_FILING + "/" + contract.contractId()), version);
        }
        recordSets.put(CONTRACT_SIGNING, signing);
        recordSets.put(CONTRACT_FILING, filing);
    }

    private static void addVerdict(List<RecordFact> set, VerdictView verdict, long version) {
        if (verdict != null && verdict.status().judged()) {
            set.add(new RecordFact(verdict.subjectId(), version, verdict.compliant(), verdict.detail()));
        }
    }

    private boolean reported(String dept, int year, FactKind kind) {
        return store.sectionVersion(dept, year, kind).isPresent();
    }
}
