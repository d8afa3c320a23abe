package cn.perfeval.budget.procurement.timeliness;

import cn.perfeval.budget.procurement.calendar.CalendarSet;
import cn.perfeval.budget.procurement.calendar.Deadline;
import cn.perfeval.budget.procurement.calendar.NoCalendarException;
import cn.perfeval.budget.procurement.calendar.Periods;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
     * Signing as it stands on {@code today}: judged once signed; while not signed, OVERDUE after the deadline
     * and PENDING until then.
     *
     * @return empty when the contract is neither signed nor has a notice date, so no period has started
     * @throws InvalidTimelinessInputException as {@link #signing}, for a signed contract
     */
    public Optional<TimelinessVerdict> signingAsOf(ContractDates contract, LocalDate today) {
        if (contract.signedOn() != null) {
            return Optional.of(signing(contract));
        }
        if (contract.awardNoticeIssuedOn() == null) {
            return Optional.empty();
        }
        LocalDate notice = contract.awardNoticeIssuedOn();
        return Optional.of(notDone(TimelinessRule.CONTRACT_SIGNING, contract.contractId(), contract.fiscalYear(), notice,
                () -> periods.daysAfter(notice, SIGNING_PERIOD_DAYS), today));
    }

    /**
     * Filing as it stands on {@code today}: judged once filed; while signed but not filed, OVERDUE after the
     * deadline and PENDING until then.
     *
     * @return empty when the contract is not signed (the filing period has not started)
     * @throws InvalidTimelinessInputException as {@link #filing}, for a filed contract
     */
    public Optional<TimelinessVerdict> filingAsOf(ContractDates contract, LocalDate today) {
        if (contract.filedOn() != null) {
            return Optional.of(filing(contract));
        }
        if (contract.signedOn() == null) {
            return Optional.empty();
        }
        LocalDate signed = contract.signedOn();
        return Optional.of(notDone(TimelinessRule.CONTRACT_FILING, contract.contractId(), contract.fiscalYear(), signed,
                () -> periods.workingDaysAfter(signed, FILING_WORKING_DAYS), today));
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
                daysLate == 0 ? TimelinessStatus.ON_TIME : TimelinessStatus.LATE, daysLate, deadline.calendarsConsulted());
    }

    /**
     * An act not done yet. The deadline day itself is still in time. A deadline in a year without a calendar
     * cannot be known, but it cannot lie before that year either; until the year's notice is published the act
     * is PENDING (an act already done there is an error instead, see {@link #signing}).
     */
    private static TimelinessVerdict notDone(TimelinessRule rule, String subjectId, int fiscalYear, LocalDate reference,
                                             Supplier<Deadline> deadline, LocalDate today) {
        Deadline known;
        try {
            known = deadline.get();
        } catch (NoCalendarException unknown) {
            return new TimelinessVerdict(rule, subjectId, fiscalYear, reference, null, null, TimelinessStatus.PENDING,
                    0, List.of());
        }
        TimelinessStatus status = today.isAfter(known.date()) ? TimelinessStatus.OVERDUE : TimelinessStatus.PENDING;
        return new TimelinessVerdict(rule, subjectId, fiscalYear, reference, null, known.date(), status, 0,
                known.calendarsConsulted());
    }
}
