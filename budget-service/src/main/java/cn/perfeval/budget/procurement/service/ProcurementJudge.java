package cn.perfeval.budget.procurement.service;

import cn.perfeval.budget.procurement.calendar.CalendarSet;
import cn.perfeval.budget.procurement.timeliness.ContractDates;
import cn.perfeval.budget.procurement.timeliness.IntentionDisclosure;
import cn.perfeval.budget.procurement.timeliness.TimelinessAssessor;
import cn.perfeval.budget.procurement.timeliness.TimelinessVerdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which verdicts a procurement record of an evaluation gets, on a set of calendars: the one place that decides it, for
 * the stored verdicts and for previews of other dates alike.
 */
final class ProcurementJudge {

    private final TimelinessAssessor assessor;
    private final int fiscalYear;
    private final LocalDate today;
    private final Map<String, LocalDate> noticeDates = new HashMap<>();

    /** @param today the day the records are judged on: a step not taken is overdue once its deadline has passed */
    ProcurementJudge(CalendarSet calendars, int fiscalYear, List<AwardNotice> notices, LocalDate today) {
        this.assessor = new TimelinessAssessor(calendars);
        this.fiscalYear = fiscalYear;
        this.today = today;
        notices.forEach(notice -> noticeDates.put(notice.noticeId(), notice.issuedOn()));
    }

    /** The disclosure verdict, once the intention is published. */
    List<TimelinessVerdict> intention(ProcurementIntention intention) {
        if (intention.disclosedOn() == null) {
            return List.of();
        }
        return List.of(assessor.intentionDisclosure(new IntentionDisclosure(intention.projectCode(), fiscalYear,
                intention.disclosedOn(), intention.procurementStartsOn())));
    }

    /**
     * The signing and filing verdicts as they stand today: judged once the step is taken; a step not taken yet is
     * PENDING until its deadline and OVERDUE after it (filing waits for signing).
     *
     * @throws cn.perfeval.budget.procurement.timeliness.InvalidTimelinessInputException e.g. signed before the notice
     * @throws cn.perfeval.budget.procurement.calendar.NoCalendarException a taken step's period runs into a year
     *                                                                    without a calendar
     */
    List<TimelinessVerdict> contract(ProcurementContract contract) {
        // The notice's own record is the authority for its date; a contract may carry the date itself.
        LocalDate noticeIssuedOn = contract.awardNoticeId() != null && noticeDates.containsKey(contract.awardNoticeId())
                ? noticeDates.get(contract.awardNoticeId())
                : contract.awardNoticeIssuedOn();
        ContractDates dates = new ContractDates(contract.contractId(), fiscalYear, noticeIssuedOn,
                contract.signedOn(), contract.filedOn());
        List<TimelinessVerdict> verdicts = new ArrayList<>();
        assessor.signingAsOf(dates, today).ifPresent(verdicts::add);
        assessor.filingAsOf(dates, today).ifPresent(verdicts::add);
        return verdicts;
    }
}
