package cn.perfeval.budget.procurement.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Periods under 民法典 arts. 201–203 on the shipped State Council calendars. */
class PeriodsTest {

    private static final CalendarSet SHIPPED = ShippedCalendars.load();
    private final Periods periods = new Periods(SHIPPED);

    @Test
    void twoWorkingDaysAcrossTheNationalDayWeekCountTheMakeUpWeekend() {
        // Thu 9/28 signed; 9/29–10/6 off; Sat 10/7 is working day 1, Sun 10/8 working day 2.
        Deadline deadline = periods.workingDaysAfter(LocalDate.of(2023, 9, 28), 2);

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2023, 10, 8));
        assertThat(deadline.calendarsConsulted()).extracting(CalendarVersion::version).containsExactly("2023-v1");
    }

    @Test
    void twoWorkingDaysSkipTheDragonBoatHolidayButNotItsMakeUpSunday() {
        // Tue 6/20; Wed 6/21 is day 1; 6/22–6/24 off; Sun 6/25 worked is day 2.
        assertThat(periods.workingDaysAfter(LocalDate.of(2023, 6, 20), 2).date()).isEqualTo(LocalDate.of(2023, 6, 25));
    }

    @Test
    void theStartDayNeverCountsEvenWhenItIsARestDay() {
        // Sat 6/17: Mon 6/19 is day 1, Tue 6/20 day 2.
        assertThat(periods.workingDaysAfter(LocalDate.of(2023, 6, 17), 2).date()).isEqualTo(LocalDate.of(2023, 6, 20));
    }

    @Test
    void aThirtyDayPeriodEndsOnStartPlusThirtyWhenThatIsAWorkingDay() {
        // 3/22 + 30 = Fri 4/21.
        assertThat(periods.daysAfter(LocalDate.of(2023, 3, 22), 30).date()).isEqualTo(LocalDate.of(2023, 4, 21));
    }

    @Test
    void aThirtyDayPeriodEndingOnAHolidayMovesToTheNextWorkingDay() {
        // 8/30 + 30 = Fri 9/29, first day of the 9/29–10/6 holiday; the next working day is the make-up Saturday 10/7.
        assertThat(periods.daysAfter(LocalDate.of(2023, 8, 30), 30).date()).isEqualTo(LocalDate.of(2023, 10, 7));
        // 4/1 + 30 = Mon 5/1 inside 4/29–5/3; next working day Thu 5/4.
        assertThat(periods.daysAfter(LocalDate.of(2023, 4, 1), 30).date()).isEqualTo(LocalDate.of(2023, 5, 4));
    }

    @Test
    void aThirtyDayPeriodEndingOnAnOrdinarySaturdayMovesToMonday() {
        // 6/1 + 30 = Sat 7/1.
        assertThat(periods.daysAfter(LocalDate.of(2023, 6, 1), 30).date()).isEqualTo(LocalDate.of(2023, 7, 3));
    }

    @Test
    void aDecemberPeriodEndsInJanuaryOnTheNextYearsCalendar() {
        // 12/2 + 30 = 2024-01-01 (元旦) → Tue 2024-01-02; only the 2024 calendar was needed.
        Deadline deadline = periods.daysAfter(LocalDate.of(2023, 12, 2), 30);

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(deadline.calendarsConsulted()).extracting(CalendarVersion::year).containsExactly(2024);
    }

    @Test
    void workingDaysAcrossNewYearConsultBothYears() {
        // Fri 2023-12-29; 12/30–12/31 weekend; 2024-01-01 元旦; Tue 1/2 day 1, Wed 1/3 day 2.
        Deadline deadline = periods.workingDaysAfter(LocalDate.of(2023, 12, 29), 2);

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(deadline.calendarsConsulted()).extracting(CalendarVersion::version)
                .containsExactly("2023-v1", "2024-v1");
    }

    @Test
    void aPeriodRunningIntoAYearWithoutCalendarIsAnError() {
        assertThatThrownBy(() -> periods.daysAfter(LocalDate.of(2026, 12, 10), 30))
                .isInstanceOfSatisfying(NoCalendarException.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> periods.workingDaysAfter(LocalDate.of(2022, 12, 29), 2))
                .isInstanceOfSatisfying(NoCalendarException.class, e -> assertThat(e.year()).isEqualTo(2022));
    }

    @Test
    void anAdministratorAddingTheNextYearMakesItCountable() {
        WorkingDayCalendar year2027 = new WorkingDayCalendar(2027, "2027-v1",
                new HolidayNotice("国办发明电〔2026〕X号", "国务院办公厅关于2027年部分节假日安排的通知", LocalDate.of(2026, 11, 20)),
                List.of(new HolidayArrangement("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), List.of())));
        Periods withNextYear = new Periods(SHIPPED.with(year2027));

        // 2026-12-10 + 30 = Sat 2027-01-09 → Mon 2027-01-11.
        Deadline deadline = withNextYear.daysAfter(LocalDate.of(2026, 12, 10), 30);

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(deadline.calendarsConsulted()).extracting(CalendarVersion::version).containsExactly("2027-v1");
    }

    @Test
    void noLaterThanThirtyDaysBeforeIsStartMinusThirtyWithoutAdjustment() {
        // Start Thu 6/1: 5/2 is the 30th day before it (the start day not counted); 5/2 is a plain Tuesday.
        Deadline deadline = periods.latestDayBefore(LocalDate.of(2023, 6, 1), 30);
        // Start Tue 5/30: 30 days before is 4/30, inside the 劳动节 holiday; the deadline stays there.
        Deadline onHoliday = periods.latestDayBefore(LocalDate.of(2023, 5, 30), 30);

        assertThat(deadline.date()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(deadline.calendarsConsulted()).isEmpty();
        assertThat(onHoliday.date()).isEqualTo(LocalDate.of(2023, 4, 30));
    }

    @Test
    void aPeriodHasAtLeastOneDay() {
        assertThatThrownBy(() -> periods.daysAfter(LocalDate.of(2023, 6, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
