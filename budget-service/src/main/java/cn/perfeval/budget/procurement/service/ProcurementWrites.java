package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.facts.Evaluations;
import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.budget.facts.Versioned;
import cn.perfeval.budget.messaging.FactSnapshots;
import cn.perfeval.budget.procurement.calendar.service.Calendars;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ActDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes of procurement records. After storing, the evaluation's verdicts are recomputed with the calendars in
 * force; a record that cannot be judged (signed before its notice, a deadline in a year without a calendar) rolls
 * the write back, so nothing is half-written. A replacing write that names the version it read
 * ({@code expectedVersion}, from If-Match; null: none) is refused when the kind has changed since.
 */
@ApplicationScoped
public class ProcurementWrites {

    private final Evaluations evaluations;
    private final FactStore store;
    private final TimelinessVerdicts verdicts;
    private final Calendars calendars;
    private final FactSnapshots snapshots;
    private final Clock clock;

    public ProcurementWrites(Evaluations evaluations, FactStore store, TimelinessVerdicts verdicts, Calendars calendars,
                             FactSnapshots snapshots, Clock clock) {
        this.evaluations = evaluations;
        this.store = store;
        this.verdicts = verdicts;
        this.calendars = calendars;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Transactional
    public Versioned<List<ProcurementIntention>> replaceIntentions(String dept, int year, List<ProcurementIntention> lines,
                                                                   Long expectedVersion, String actor) {
        ProcurementValidation.intentions(year, lines);
        requireDisclosedByToday(lines);
        return replace(dept, year, FactKind.INTENTIONS, lines, ProcurementIntention::projectCode, ProcurementIntention.class,
                expectedVersion, actor);
    }

    /** Adds one intention whose project code is not listed yet (PUT replaces the list). */
    @Transactional
    public Versioned<ProcurementIntention> addIntention(String dept, int year, ProcurementIntention intention,
                                                        String actor) {
        ProcurementValidation.intentions(year, List.of(intention));
        return add(dept, year, FactKind.INTENTIONS, intention, intention.projectCode(), actor);
    }

    @Transactional
    public Versioned<List<AwardNotice>> replaceNotices(String dept, int year, List<AwardNotice> lines, Long expectedVersion,
                                                       String actor) {
        ProcurementValidation.notices(year, lines);
        return replace(dept, year, FactKind.AWARD_NOTICES, lines, AwardNotice::noticeId, AwardNotice.class,
                expectedVersion, actor);
    }

    @Transactional
    public Versioned<List<ProcurementContract>> replaceContracts(String dept, int year, List<ProcurementContract> lines,
                                                                 Long expectedVersion, String actor) {
        evaluations.lock(dept, year);
        ProcurementValidation.contracts(year, lines, notices(dept, year));
        requireSignedAndFiledByToday(lines);
        return replace(dept, year, FactKind.CONTRACTS, lines, ProcurementContract::contractId, ProcurementContract.class,
                expectedVersion, actor);
    }

    /** Adds one contract whose id is not listed yet (PUT replaces the list, an import adds or replaces many). */
    @Transactional
    public Versioned<ProcurementContract> addContract(String dept, int year, ProcurementContract contract, String actor) {
        evaluations.lock(dept, year);
        ProcurementValidation.contracts(year, List.of(contract), notices(dept, year));
        return add(dept, year, FactKind.CONTRACTS, contract, contract.contractId(), actor);
    }

    /** Adds or replaces the given contracts, leaving the others (imports). */
    @Transactional
    public int importContracts(String dept, int year, List<ProcurementContract> lines, String actor) {
        evaluations.lock(dept, year);
        ProcurementValidation.contracts(year, lines, notices(dept, year));
        requireSignedAndFiledByToday(lines);
        store.upsert(dept, year, FactKind.CONTRACTS, lines, ProcurementContract::contractId, actor);
        afterWrite(dept, year);
        return lines.size();
    }

    /** Past acts only: a disclosure, signing or filing dated after today is refused (a what-if takes planned dates). */
    private void requireDisclosedByToday(List<ProcurementIntention> intentions) {
        ActDates dates = ActDates.notAfter(LocalDate.now(clock));
        for (int i = 0; i < intentions.size(); i++) {
            dates.check("intentions[" + intentions.get(i).projectCode() + "].disclosedOn", intentions.get(i).disclosedOn(), i + 1);
        }
        dates.throwIfAny();
    }

    private void requireSignedAndFiledByToday(List<ProcurementContract> contracts) {
        ActDates dates = ActDates.notAfter(LocalDate.now(clock));
        for (int i = 0; i < contracts.size(); i++) {
            String record = "contracts[" + contracts.get(i).contractId() + "]";
            dates.check(record + ".signedOn", contracts.get(i).signedOn(), i + 1)
                    .check(record + ".filedOn", contracts.get(i).filedOn(), i + 1);
        }
        dates.throwIfAny();
    }

    @Transactional
    public Versioned<List<ProcurementComplaint>> replaceComplaints(String dept, int year, List<ProcurementComplaint> lines,
                                                                   Long expectedVersion, String actor) {
        ProcurementValidation.complaints(year, lines);
        return replace(dept, year, FactKind.COMPLAINTS, lines, ProcurementComplaint::complaintId, ProcurementComplaint.class,
                expectedVersion, actor);
    }

    @Transactional
    public Versioned<SmeReservation> putSme(String dept, int year, SmeReservation sme, Long expectedVersion, String actor) {
        ProcurementValidation.sme(sme);
        evaluations.lock(dept, year);
        store.requireSectionVersion(dept, year, FactKind.SME_RESERVATION, expectedVersion);
        store.putDocument(dept, year, FactKind.SME_RESERVATION, sme, actor);
        afterWrite(dept, year);
        return new Versioned<>(sme, store.sectionVersion(dept, year, FactKind.SME_RESERVATION).orElseThrow());
    }

    /** After a calendar change: the verdicts of the evaluation are recomputed and changed snapshots republished. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejudge(String dept, int year) {
        evaluations.lockToRejudge(dept, year);
        afterWrite(dept, year);
    }

    private <T> Versioned<List<T>> replace(String dept, int year, FactKind kind, List<T> lines, Function<T, String> id,
                                           Class<T> type, Long expectedVersion, String actor) {
        evaluations.lock(dept, year);
        store.requireSectionVersion(dept, year, kind, expectedVersion);
        store.replaceAll(dept, year, kind, lines, id, actor);
        afterWrite(dept, year);
        return store.versionedList(dept, year, kind, type);
    }

    private <T> Versioned<T> add(String dept, int year, FactKind kind, T line, String id, String actor) {
        evaluations.lock(dept, year);
        if (store.recordVersions(dept, year, kind).containsKey(id)) {
            throw ProblemException.conflict(kind.entityType() + " " + id + " of " + dept + " " + year
                    + " exists already; PUT the whole list to replace it");
        }
        store.upsert(dept, year, kind, List.of(line), added -> id, actor);
        afterWrite(dept, year);
        return new Versioned<>(line, store.sectionVersion(dept, year, kind).orElseThrow());
    }

    private void afterWrite(String dept, int year) {
        verdicts.recompute(dept, year, calendars.current());
        snapshots.refresh(dept, year);
    }

    private Map<String, AwardNotice> notices(String dept, int year) {
        Map<String, AwardNotice> byId = new HashMap<>();
        store.list(dept, year, FactKind.AWARD_NOTICES, AwardNotice.class).forEach(notice -> byId.put(notice.noticeId(), notice));
        return byId;
    }
}
