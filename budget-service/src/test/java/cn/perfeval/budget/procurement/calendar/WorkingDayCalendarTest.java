package cn.perfeval.budget.procurement.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private static final HolidayNotice NOTICE_2023 = new HolidayNotice("国办发明电〔2022〕16号",
            "国务院办公厅关于2023年部分节假日安排的通知", LocalDate.of(2022, 12, 8));

    private static HolidayArrangement nationalDay2023() {
        return new HolidayArrangement("中秋节、国庆节", LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6),
                List.of(LocalDate.of(2023, 10, 7), LocalDate.of(2023, 10, 8)));
    }

    private static WorkingDayCalendar calendar(HolidayArrangement... holidays) {
        return new WorkingDayCalendar(2023, "2023-test", NOTICE_2023, List.of(holidays));
    }

    @Test
    void makeUpWeekendIsWorkedAndMovedWeekdayIsOff() {
        WorkingDayCalendar calendar = calendar(nationalDay2023());

        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 10, 7))).as("Saturday 10/7 worked").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 10, 8))).as("Sunday 10/8 worked").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 10, 2))).as("Monday 10/2 off").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 9, 29))).as("Friday 9/29 off").isFalse();
    }

    @Test
    void ordinaryWeekendsRestAndWeekdaysWork() {
        WorkingDayCalendar calendar = calendar(nationalDay2023());

        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 10, 14))).as("plain Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 10, 15))).as("plain Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 10, 9))).as("plain Monday").isTrue();
    }

    @Test
    void answersOnlyForItsOwnYear() {
        assertThatThrownBy(() -> calendar(nationalDay2023()).isWorkingDay(LocalDate.of(2024, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-01-02");
    }

    @Test
    void rejectsAWeekdayListedAsMakeUpWorkingDay() {
        HolidayArrangement typo = new HolidayArrangement("中秋节、国庆节", LocalDate.of(2023, 9, 29),
                LocalDate.of(2023, 10, 6), List.of(LocalDate.of(2023, 10, 7), LocalDate.of(2023, 10, 9)));

        assertThatThrownBy(() -> calendar(typo))
                .isInstanceOfSatisfying(InvalidCalendarException.class,
                        e -> assertThat(e.field()).isEqualTo("holidays[0].worked[1]"));
    }

    @Test
    void rejectsDatesOutsideTheYear() {
        // The 2023 New Year holiday began on 2022-12-31; that day belongs to the 2022 calendar.
        HolidayArrangement newYear = new HolidayArrangement("元旦", LocalDate.of(2022, 12, 31),
                LocalDate.of(2023, 1, 2), List.of());

        assertThatThrownBy(() -> calendar(nationalDay2023(), newYear))
                .isInstanceOfSatisfying(InvalidCalendarException.class,
                        e -> assertThat(e.field()).isEqualTo("holidays[1].offFrom"));
    }

    @Test
    void rejectsAWorkedDayInsideAHolidayBlock() {
        HolidayArrangement clash = new HolidayArrangement("端午节", LocalDate.of(2023, 6, 22),
                LocalDate.of(2023, 6, 25), List.of(LocalDate.of(2023, 6, 25)));

        assertThatThrownBy(() -> calendar(clash))
                .isInstanceOfSatisfying(InvalidCalendarException.class,
                        e -> assertThat(e.field()).isEqualTo("holidays[0].worked[0]"));
    }

    @Test
    void rejectsOverlappingHolidayBlocks() {
        HolidayArrangement overlapping = new HolidayArrangement("国庆节", LocalDate.of(2023, 10, 6),
                LocalDate.of(2023, 10, 6), List.of());

        assertThatThrownBy(() -> calendar(nationalDay2023(), overlapping))
                .isInstanceOfSatisfying(InvalidCalendarException.class,
                        e -> assertThat(e.field()).isEqualTo("holidays[1]"));
    }

    @Test
    void rejectsACalendarWithoutHolidaysRatherThanBecomingWeekendsOnly() {
        assertThatThrownBy(() -> calendar())
                .isInstanceOfSatisfying(InvalidCalendarException.class,
                        e -> assertThat(e.field()).isEqualTo("holidays"));
    }

    @Test
    void contentHashFollowsTheDaysNotTheLabels() {
        WorkingDayCalendar original = calendar(nationalDay2023());
        WorkingDayCalendar relabelled = new WorkingDayCalendar(2023, "2023-v2", NOTICE_2023, List.of(
                new HolidayArrangement("国庆", LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6),
                        List.of(LocalDate.of(2023, 10, 7), LocalDate.of(2023, 10, 8)))));
        WorkingDayCalendar changed = calendar(new HolidayArrangement("中秋节、国庆节", LocalDate.of(2023, 9, 29),
                LocalDate.of(2023, 10, 6), List.of(LocalDate.of(2023, 10, 7))));

        assertThat(relabelled.calendarVersion().contentHash()).isEqualTo(original.calendarVersion().contentHash());
        assertThat(changed.calendarVersion().contentHash()).isNotEqualTo(original.calendarVersion().contentHash());
        assertThat(relabelled.calendarVersion().version()).isEqualTo("2023-v2");
    }
}
