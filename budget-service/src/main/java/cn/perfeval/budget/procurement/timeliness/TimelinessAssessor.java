package cn.perfeval.budget.procurement.timeliness;

import cn.perfeval.budget.procurement.calendar.CalendarSet;
import cn.perfeval.budget.procurement.calendar.Deadline;
import cn.perfeval.budget.procurement.calendar.Periods;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Judges procurement records against the statutory deadlines. Which deadline a record must meet is
 * decided here; how the days are counted is {@link Periods}' job.
 *
 * @see TimelinessRule
 */
public final class TimelinessAssessor {

    /** 政府采购法 art. 46: sign within 30 days of the award/transaction notice being issued. */
    private static final int SIGNING_PERIOD_DAYS = 30;
    /** 实施条例 art. 50: publish the contract within 2 working days of signing. */
    private static final int FILING_WORKING_DAYS = 2;
    /** 财库〔2020〕10号: disclose the intention no later than 30 days before the procurement starts. */
    private static final int INTENTION_LEAD_DAYS = 30;

    private final Periods periods;

    public TimelinessAssessor(CalendarSet calendars) {
        this.periods = new Periods(calendars);
    }

    /**
     * @throws InvalidTimelinessInputException if a date is missing or the contract was signed before the notice
     * @throws cn.perfeval.budget.procurement.calendar.NoCalendarException if the period runs into a year without a calendar
     */
    public TimelinessVerdict signing(ContractDates contract) {
        String record = "contracts[" + contract.contractId() + "]";
        LocalDate notice = require(contract.awardNoticeIssuedOn(), record + ".awardNoticeIssuedOn");
        LocalDate signed = require(contract.signedOn(), record + ".signedOn");
        if (signed.isBefore(notice)) {
            throw new InvalidTimelinessInputException(record + ".signedOn",
                    signed + " is before the award notice was issued on " + notice);
        }
        return verdict(TimelinessRule.CONTRACT_SIGNING, contract.contractId(), contract.fiscalYear(),
                notice, signed, periods.daysAfter(notice, SIGNING_PERIOD_DAYS));
    }

    /**
     * @throws InvalidTimelinessInputException if a date is missing or the contract was filed before it was signed
     * @throws cn.perfeval.budget.procurement.calendar.NoCalendarException if the period runs into a year without a calendar
     */
    public TimelinessVerdict filing(ContractDates contract) {
        String record = "contracts[" + contract.contractId() + "]";
        LocalDate signed = require(contract.signedOn(), record + ".signedOn");
        LocalDate filed = require(contract.filedOn(), record + ".filedOn");
        if (filed.isBefore(signed)) {
            throw new InvalidTimelinessInputException(record + ".filedOn",
                    filed + " is before the contract was signed on " + signed);
        }
        return verdict(TimelinessRule.CONTRACT_FILING, contract.contractId(), contract.fiscalYear(),
                signed, filed, periods.workingDaysAfter(signed, FILING_WORKING_DAYS));
    }

    /**
     * A disclosure after the procurement started is not invalid, just late.
     *
     * @throws InvalidTimelinessInputException if a date is missing
     */
    public TimelinessVerdict intentionDisclosure(IntentionDisclosure intention) {
        String record = "intentions[" + intention.projectCode() + "]";
        LocalDate disclosed = require(intention.disclosedOn(), record + ".disclosedOn");
        LocalDate starts = require(intention.procurementStartsOn(), record + ".procurementStartsOn");
        return verdict(TimelinessRule.INTENTION_DISCLOSURE, intention.projectCode(), intention.fiscalYear(),
                starts, disclosed, periods.latestDayBefore(starts, INTENTION_LEAD_DAYS));
    }

    private static LocalDate require(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidTimelinessInputException(field, "is required");
        }
        return date;
    }

    private static TimelinessVerdict verdict(TimelinessRule rule, String subjectId, int fiscalYear,
                                             LocalDate reference, LocalDate act, Deadline deadline) {
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(deadline.date(), act));
        return new TimelinessVerdict(rule, subjectId, fiscalYear, reference, act, deadline.date(),
                daysLate == 0, daysLate, deadline.calendarsConsulted());
    }
}
