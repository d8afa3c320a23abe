package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.facts.FactKind;
import cn.perfeval.budget.facts.FactStore;
import cn.perfeval.budget.procurement.calendar.NoCalendarException;
import cn.perfeval.budget.procurement.calendar.service.Calendars;
import cn.perfeval.budget.procurement.service.VerdictPreview.PreviewedVerdict;
import cn.perfeval.budget.procurement.service.VerdictPreviewRequest.ProposedContract;
import cn.perfeval.budget.procurement.service.VerdictPreviewRequest.ProposedIntention;
import cn.perfeval.budget.procurement.timeliness.TimelinessVerdict;
import cn.perfeval.platform.problem.Problem.FieldError;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Judges recorded (or hypothetical) procurement records with proposed dates, on the calendars in force, exactly as a
 * write of those dates would, and stores nothing: the what-if of the scoring service asks here, so the counting rules
 * (民法典 periods, working days with 调休) stay in this service.
 */
@ApplicationScoped
public class VerdictPreviews {

    private final FactStore store;
    private final TimelinessVerdicts verdicts;
    private final Calendars calendars;
    private final Clock clock;

    public VerdictPreviews(FactStore store, TimelinessVerdicts verdicts, Calendars calendars, Clock clock) {
        this.store = store;
        this.verdicts = verdicts;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 400 naming the record and field for an unknown record, a missing or out-of-year date,
     *                          or dates in an impossible order; 422 naming the record when a deadline falls in a year
     *                          without a working-day calendar
     */
    @Transactional
    public VerdictPreview preview(String dept, int year, VerdictPreviewRequest request) {
        List<ProposedContract> proposedContracts = orEmpty(request.contracts());
        List<ProposedIntention> proposedIntentions = orEmpty(request.intentions());
        if (proposedContracts.isEmpty() && proposedIntentions.isEmpty()) {
            throw ProblemException.validation("contracts", "propose dates for at least one contract or intention");
        }
        List<AwardNotice> notices = store.list(dept, year, FactKind.AWARD_NOTICES, AwardNotice.class);
        List<ProcurementContract> contracts = contracts(dept, year, proposedContracts);
        List<ProcurementIntention> intentions = intentions(dept, year, proposedIntentions);
        ProcurementValidation.contracts(year, contracts, byId(notices, AwardNotice::noticeId));
        ProcurementValidation.intentions(year, intentions);

        ProcurementJudge judge = new ProcurementJudge(calendars.current(), year, notices, LocalDate.now(clock));
        Map<String, Boolean> recorded = new HashMap<>();
        verdicts.list(dept, year).forEach(verdict -> recorded.put(verdict.rule() + "/" + verdict.subjectId(), verdict.compliant()));
        List<PreviewedVerdict> previewed = new ArrayList<>();
        List<FieldError> withoutCalendar = new ArrayList<>();
        for (ProcurementContract contract : contracts) {
            judge("contracts[" + contract.contractId() + "]", () -> judge.contract(contract), recorded, previewed, withoutCalendar);
        }
        for (ProcurementIntention intention : intentions) {
            judge("intentions[" + intention.projectCode() + "]", () -> judge.intention(intention), recorded, previewed,
                    withoutCalendar);
        }
        if (!withoutCalendar.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, withoutCalendar.size()
                    + " record(s) have a deadline in a year without a working-day calendar", withoutCalendar);
        }
        return new VerdictPreview(dept, year, previewed);
    }

    private static void judge(String record, Supplier<List<TimelinessVerdict>> judgement, Map<String, Boolean> recorded,
                              List<PreviewedVerdict> into, List<FieldError> withoutCalendar) {
        try {
            for (TimelinessVerdict verdict : judgement.get()) {
                VerdictView view = VerdictView.of(verdict);
                into.add(new PreviewedVerdict(view, view.detail(), recorded.get(verdict.rule() + "/" + verdict.subjectId())));
            }
        } catch (NoCalendarException e) {
            withoutCalendar.add(new FieldError(record, e.getMessage()));
        }
    }

    /** The recorded contracts with the proposed dates in place, or the hypothetical ones as proposed. */
    private List<ProcurementContract> contracts(String dept, int year, List<ProposedContract> proposals) {
        Map<String, ProcurementContract> recorded = byId(store.list(dept, year, FactKind.CONTRACTS,
                ProcurementContract.class), ProcurementContract::contractId);
        Proposals check = new Proposals("contracts", dept, year);
        List<ProcurementContract> contracts = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            ProposedContract proposal = proposals.get(i);
            String id = proposal == null ? null : proposal.contractId();
            if (!check.accepts(i, id, "contractId", proposal != null && proposal.hypothetical(), recorded.containsKey(id))) {
                continue;
            }
            ProcurementContract base = proposal.hypothetical()
                    ? new ProcurementContract(id, null, null, null, null, null, null, null)
                    : recorded.get(id);
            ProcurementContract contract = new ProcurementContract(id, base.projectCode(),
                    either(proposal.awardNoticeId(), base.awardNoticeId()),
                    either(proposal.awardNoticeIssuedOn(), base.awardNoticeIssuedOn()),
                    either(proposal.signedOn(), base.signedOn()), either(proposal.filedOn(), base.filedOn()),
                    base.amount(), base.smeAmount());
            check.requireDate(i, contract.signedOn(), "contracts[" + id + "].signedOn");
            contracts.add(contract);
        }
        check.throwIfAny();
        return contracts;
    }

    /** The recorded intentions with the proposed dates in place, or the hypothetical ones as proposed. */
    private List<ProcurementIntention> intentions(String dept, int year, List<ProposedIntention> proposals) {
        Map<String, ProcurementIntention> recorded = byId(store.list(dept, year, FactKind.INTENTIONS,
                ProcurementIntention.class), ProcurementIntention::projectCode);
        Proposals check = new Proposals("intentions", dept, year);
        List<ProcurementIntention> intentions = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            ProposedIntention proposal = proposals.get(i);
            String code = proposal == null ? null : proposal.projectCode();
            if (!check.accepts(i, code, "projectCode", proposal != null && proposal.hypothetical(), recorded.containsKey(code))) {
                continue;
            }
            ProcurementIntention base = proposal.hypothetical() ? new ProcurementIntention(code, null, null, null)
                    : recorded.get(code);
            ProcurementIntention intention = new ProcurementIntention(code, base.name(),
                    either(proposal.disclosedOn(), base.disclosedOn()),
                    either(proposal.procurementStartsOn(), base.procurementStartsOn()));
            check.requireDate(i, intention.disclosedOn(), "intentions[" + code + "].disclosedOn");
            intentions.add(intention);
        }
        check.throwIfAny();
        return intentions;
    }

    /** Collects every rejected proposal of one list, so the problem names them all at once. */
    private static final class Proposals {

        private final String list;
        private final String evaluation;
        private final Set<String> seen = new HashSet<>();
        private final List<FieldError> errors = new ArrayList<>();

        Proposals(String list, String dept, int year) {
            this.list = list;
            this.evaluation = dept + " " + year;
        }

        boolean accepts(int index, String id, String idField, boolean hypothetical, boolean isRecorded) {
            if (id == null || id.isBlank()) {
                errors.add(new FieldError(list + "[" + index + "]." + idField, "is required", index + 1));
                return false;
            }
            String record = list + "[" + id + "]";
            if (!seen.add(id)) {
                errors.add(new FieldError(record, "is proposed twice", index + 1));
                return false;
            }
            if (!hypothetical && !isRecorded) {
                errors.add(new FieldError(record + "." + idField, "no " + id + " is recorded for " + evaluation
                        + "; set hypothetical to judge a record that is not recorded", index + 1));
                return false;
            }
            if (hypothetical && isRecorded) {
                errors.add(new FieldError(record + ".hypothetical", id + " is recorded for " + evaluation
                        + "; leave hypothetical out to judge it with other dates", index + 1));
                return false;
            }
            return true;
        }

        void requireDate(int index, LocalDate date, String field) {
            if (date == null) {
                errors.add(new FieldError(field, "is required: there is nothing to judge without it", index + 1));
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, errors.size() + " proposal(s) rejected", errors);
            }
        }
    }

    private static <T> T either(T proposed, T recorded) {
        return proposed != null ? proposed : recorded;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        records.forEach(record -> byId.put(id.apply(record), record));
        return byId;
    }
}
