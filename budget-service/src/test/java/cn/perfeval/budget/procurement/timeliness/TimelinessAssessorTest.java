package cn.perfeval.budget.procurement.timeliness;

import cn.perfeval.budget.procurement.calendar.CalendarVersion;
import cn.perfeval.budget.procurement.calendar.NoCalendarException;
import cn.perfeval.budget.procurement.calendar.ShippedCalendars;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelinessAssessorTest {

    private final TimelinessAssessor assessor = new TimelinessAssessor(ShippedCalendars.load());

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * The seed says only that some 2023 contracts were signed late and some filed late, everything else
     * on time. These dated records (invented; the seed gives no dates) reproduce that outcome.
     */
    private static final List<ContractDates> SEED_CONTRACTS = List.of(
            new ContractDates("HT-01", 2023, date("2023-03-01"), date("2023-03-20"), date("2023-03-21")),
            // 4/10 + 30 = Wed 5/10; signed 5/15: 5 days late.
            new ContractDates("HT-02", 2023, date("2023-04-10"), date("2023-05-15"), date("2023-05-16")),
            // signed Tue 6/20: working days Wed 6/21 and make-up Sun 6/25; filed Mon 6/26: 1 day late.
            new ContractDates("HT-03", 2023, date("2023-05-25"), date("2023-06-20"), date("2023-06-26")),
            // 8/30 + 30 = 9/29 (holiday) → make-up Sat 10/7, signed that very day.
            new ContractDates("HT-04", 2023, date("2023-08-30"), date("2023-10-07"), date("2023-10-09")),
            // signed Thu 9/28, filed on the second working day, make-up Sun 10/8.
            new ContractDates("HT-05", 2023, date("2023-09-01"), date("2023-09-28"), date("2023-10-08")),
            // December notice, January signing and filing: still fiscal year 2023.
            new ContractDates("HT-06", 2023, date("2023-12-15"), date("2024-01-10"), date("2024-01-12")));

    private static final List<IntentionDisclosure> SEED_INTENTIONS = List.of(
            new IntentionDisclosure("CG-01", 2023, date("2023-01-20"), date("2023-03-01")),
            new IntentionDisclosure("CG-02", 2023, date("2023-03-01"), date("2023-04-10")),
            new IntentionDisclosure("CG-03", 2023, date("2023-04-25"), date("2023-05-25")),
            new IntentionDisclosure("CG-04", 2023, date("2023-07-20"), date("2023-08-30")));

    @Test
    void seedOutcomeOneLateSigningOneLateFilingEverythingElseOnTime() {
        List<TimelinessVerdict> signing = SEED_CONTRACTS.stream().map(assessor::signing).toList();
        List<TimelinessVerdict> filing = SEED_CONTRACTS.stream().map(assessor::filing).toList();
        List<TimelinessVerdict> intentions = SEED_INTENTIONS.stream().map(assessor::intentionDisclosure).toList();

        assertThat(signing).filteredOn(v -> !v.compliant()).extracting(TimelinessVerdict::subjectId)
                .containsExactly("HT-02");
        assertThat(filing).filteredOn(v -> !v.compliant()).extracting(TimelinessVerdict::subjectId)
                .containsExactly("HT-03");
        assertThat(intentions).allMatch(TimelinessVerdict::compliant);
    }

    @Test
    void lateSigningRecordsDeadlineAndCalendarDaysLate() {
        TimelinessVerdict verdict = assessor.signing(SEED_CONTRACTS.get(1));

        assertThat(verdict.rule()).isEqualTo(TimelinessRule.CONTRACT_SIGNING);
        assertThat(verdict.referenceDate()).isEqualTo(date("2023-04-10"));
        assertThat(verdict.actDate()).isEqualTo(date("2023-05-15"));
        assertThat(verdict.deadline()).isEqualTo(date("2023-05-10"));
        assertThat(verdict.compliant()).isFalse();
        assertThat(verdict.daysLate()).isEqualTo(5);
        assertThat(verdict.calendarVersions()).extracting(CalendarVersion::version).containsExactly("2023-v1");
    }

    @Test
    void lateFilingCountsTheMakeUpSundayAsAWorkingDay() {
        TimelinessVerdict verdict = assessor.filing(SEED_CONTRACTS.get(2));

        assertThat(verdict.deadline()).isEqualTo(date("2023-06-25"));
        assertThat(verdict.compliant()).isFalse();
        assertThat(verdict.daysLate()).isEqualTo(1);
    }

    @Test
    void signingOnTheHolidayShiftedDeadlineIsOnTime() {
        TimelinessVerdict verdict = assessor.signing(SEED_CONTRACTS.get(3));

        assertThat(verdict.deadline()).isEqualTo(date("2023-10-07"));
        assertThat(verdict.compliant()).isTrue();
        assertThat(verdict.daysLate()).isZero();
    }

    @Test
    void filingAcrossTheNationalDayWeek() {
        ContractDates signedBeforeHoliday = new ContractDates("HT-07", 2023, date("2023-09-15"), date("2023-09-28"),
                date("2023-10-09"));

        TimelinessVerdict verdict = assessor.filing(signedBeforeHoliday);

        assertThat(verdict.deadline()).isEqualTo(date("2023-10-08"));
        assertThat(verdict.compliant()).isFalse();
        assertThat(verdict.daysLate()).isEqualTo(1);
    }

    @Test
    void januaryActsOfADecemberProcurementStayInTheFiscalYearAndUseNextYearsCalendar() {
        TimelinessVerdict signing = assessor.signing(SEED_CONTRACTS.get(5));
        TimelinessVerdict filing = assessor.filing(SEED_CONTRACTS.get(5));

        // 12/15 + 30 = Sun 2024-01-14 → Mon 1/15.
        assertThat(signing.deadline()).isEqualTo(date("2024-01-15"));
        assertThat(signing.fiscalYear()).isEqualTo(2023);
        assertThat(signing.calendarVersions()).extracting(CalendarVersion::version).containsExactly("2024-v1");
        assertThat(filing.deadline()).isEqualTo(date("2024-01-12"));
        assertThat(filing.compliant()).isTrue();
        assertThat(filing.fiscalYear()).isEqualTo(2023);
    }

    @Test
    void aContractReachingIntoAYearWithoutCalendarCannotBeJudged() {
        ContractDates december2026 = new ContractDates("HT-2026-9", 2026, date("2026-12-10"), date("2027-01-05"), null);

        assertThatThrownBy(() -> assessor.signing(december2026))
                .isInstanceOfSatisfying(NoCalendarException.class, e -> assertThat(e.year()).isEqualTo(2027));
    }

    @Test
    void intentionDisclosedExactlyThirtyDaysBeforeIsOnTimeOneDayLaterIsLate() {
        TimelinessVerdict onTime = assessor.intentionDisclosure(
                new IntentionDisclosure("CG-05", 2023, date("2023-05-02"), date("2023-06-01")));
        TimelinessVerdict late = assessor.intentionDisclosure(
                new IntentionDisclosure("CG-06", 2023, date("2023-05-03"), date("2023-06-01")));

        assertThat(onTime.deadline()).isEqualTo(date("2023-05-02"));
        assertThat(onTime.compliant()).isTrue();
        assertThat(onTime.calendarVersions()).isEmpty();
        assertThat(late.compliant()).isFalse();
        assertThat(late.daysLate()).isEqualTo(1);
    }

    @Test
    void intentionDisclosedAfterTheProcurementStartedIsLateNotInvalid() {
        TimelinessVerdict verdict = assessor.intentionDisclosure(
                new IntentionDisclosure("CG-07", 2023, date("2023-06-05"), date("2023-06-01")));

        assertThat(verdict.compliant()).isFalse();
        assertThat(verdict.daysLate()).isEqualTo(34);
    }

    @Test
    void signingBeforeTheNoticeIsRejectedNamingTheField() {
        ContractDates impossible = new ContractDates("HT-X", 2023, date("2023-05-10"), date("2023-05-09"), null);

        assertThatThrownBy(() -> assessor.signing(impossible))
                .isInstanceOfSatisfying(InvalidTimelinessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("contracts[HT-X].signedOn"));
    }

    @Test
    void filingBeforeSigningIsRejectedNamingTheField() {
        ContractDates impossible = new ContractDates("HT-Y", 2023, date("2023-05-01"), date("2023-05-09"),
                date("2023-05-08"));

        assertThatThrownBy(() -> assessor.filing(impossible))
                .isInstanceOfSatisfying(InvalidTimelinessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("contracts[HT-Y].filedOn"));
    }

    @Test
    void missingDatesAreRejectedNamingTheField() {
        ContractDates notFiled = new ContractDates("HT-Z", 2023, null, date("2023-05-09"), null);

        assertThatThrownBy(() -> assessor.signing(notFiled))
                .isInstanceOfSatisfying(InvalidTimelinessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("contracts[HT-Z].awardNoticeIssuedOn"));
        assertThatThrownBy(() -> assessor.filing(notFiled))
                .isInstanceOfSatisfying(InvalidTimelinessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("contracts[HT-Z].filedOn"));
        assertThatThrownBy(() -> assessor.intentionDisclosure(new IntentionDisclosure("CG-8", 2023, null, date("2023-06-01"))))
                .isInstanceOfSatisfying(InvalidTimelinessInputException.class,
                        e -> assertThat(e.field()).isEqualTo("intentions[CG-8].disclosedOn"));
    }

    @Test
    void anUnsignedContractIsOverdueTheDayAfterItsDeadlineAndPendingUntilThen() {
        // 4/20 + 30 = Sat 5/20, a rest day: the period ends on Monday 5/22.
        ContractDates unsigned = new ContractDates("HT-U", 2023, date("2023-04-20"), null, null);

        TimelinessVerdict onTheLastDay = assessor.signingAsOf(unsigned, date("2023-05-22")).orElseThrow();
        TimelinessVerdict dayAfter = assessor.signingAsOf(unsigned, date("2023-05-23")).orElseThrow();

        assertThat(onTheLastDay.status()).isEqualTo(TimelinessStatus.PENDING);
        assertThat(onTheLastDay.deadline()).isEqualTo(date("2023-05-22"));
        assertThat(dayAfter.status()).isEqualTo(TimelinessStatus.OVERDUE);
        assertThat(dayAfter.compliant()).isFalse();
        assertThat(dayAfter.actDate()).isNull();
        assertThat(dayAfter.deadline()).isEqualTo(date("2023-05-22"));
        assertThat(dayAfter.calendarVersions()).extracting(CalendarVersion::version).containsExactly("2023-v1");
        assertThat(assessor.filingAsOf(unsigned, date("2023-05-23"))).as("no filing period before signing").isEmpty();
    }

    @Test
    void anUnfiledContractCountsTheMakeUpWorkingSunday() {
        // Signed Thu 4/20: working days Fri 4/21 and the make-up Sunday 4/23 (Labour Day 2023).
        ContractDates unfiled = new ContractDates("HT-F", 2023, date("2023-04-03"), date("2023-04-20"), null);

        assertThat(assessor.filingAsOf(unfiled, date("2023-04-23")).orElseThrow().status())
                .isEqualTo(TimelinessStatus.PENDING);
        TimelinessVerdict overdue = assessor.filingAsOf(unfiled, date("2023-04-24")).orElseThrow();
        assertThat(overdue.status()).isEqualTo(TimelinessStatus.OVERDUE);
        assertThat(overdue.deadline()).isEqualTo(date("2023-04-23"));
        assertThat(assessor.signingAsOf(unfiled, date("2023-04-24")).orElseThrow().status())
                .isEqualTo(TimelinessStatus.ON_TIME);
    }

    @Test
    void anUnsignedContractWhoseDeadlineNeedsAnUnpublishedCalendarIsPendingNotAnError() {
        ContractDates december2026 = new ContractDates("HT-2026-P", 2026, date("2026-12-20"), null, null);

        TimelinessVerdict verdict = assessor.signingAsOf(december2026, date("2027-02-01")).orElseThrow();

        assertThat(verdict.status()).isEqualTo(TimelinessStatus.PENDING);
        assertThat(verdict.deadline()).isNull();
    }

    @Test
    void aContractWithoutNoticeDateOrSigningHasNoVerdictYet() {
        ContractDates bare = new ContractDates("HT-B", 2023, null, null, null);

        assertThat(assessor.signingAsOf(bare, date("2026-01-01"))).isEmpty();
        assertThat(assessor.filingAsOf(bare, date("2026-01-01"))).isEmpty();
    }
}
