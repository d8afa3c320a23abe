package cn.perfeval.budget.procurement.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped files against DOMAIN.md's table of the State Council notices (checked against the
 * notices themselves), transcribed here independently as "m/d" and "m/d–m/d".
 */
class ShippedCalendarsTest {

    private static final CalendarSet SHIPPED = ShippedCalendars.load();

    @Test
    void shipsTheYears2023To2026FromTheirNotices() {
        assertThat(SHIPPED.versions()).extracting(CalendarVersion::year).containsExactly(2023, 2024, 2025, 2026);
        assertThat(SHIPPED.versions()).extracting(CalendarVersion::version)
                .containsExactly("2023-v1", "2024-v1", "2025-v1", "2026-v1");
        assertThat(SHIPPED.calendarFor(LocalDate.of(2023, 1, 1)).notice().number()).isEqualTo("国办发明电〔2022〕16号");
        assertThat(SHIPPED.calendarFor(LocalDate.of(2024, 1, 1)).notice().number()).isEqualTo("国办发明电〔2023〕7号");
        assertThat(SHIPPED.calendarFor(LocalDate.of(2025, 1, 1)).notice().number()).isEqualTo("国办发明电〔2024〕12号");
        assertThat(SHIPPED.calendarFor(LocalDate.of(2026, 1, 1)).notice().number()).isEqualTo("国办发明电〔2025〕7号");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023 | 1/2 · 1/21–1/27 · 4/5 · 4/29–5/3 · 6/22–6/24 · 9/29–10/6 | 1/28 · 1/29 · 4/23 · 5/6 · 6/25 · 10/7 · 10/8",
            "2024 | 1/1 · 2/10–2/17 · 4/4–4/6 · 5/1–5/5 · 6/10 · 9/15–9/17 · 10/1–10/7 | 2/4 · 2/18 · 4/7 · 4/28 · 5/11 · 9/14 · 9/29 · 10/12",
            "2025 | 1/1 · 1/28–2/4 · 4/4–4/6 · 5/1–5/5 · 5/31–6/2 · 10/1–10/8 | 1/26 · 2/8 · 4/27 · 9/28 · 10/11",
            "2026 | 1/1–1/3 · 2/15–2/23 · 4/4–4/6 · 5/1–5/5 · 6/19–6/21 · 9/25–9/27 · 10/1–10/7 | 1/4 · 2/14 · 2/28 · 5/9 · 9/20 · 10/10",
    })
    void everyDayOfTheYearMatchesTheNotice(int year, String off, String worked) {
        List<LocalDate> offDays = days(year, off);
        List<LocalDate> workedDays = days(year, worked);
        WorkingDayCalendar calendar = SHIPPED.calendarFor(LocalDate.of(year, 1, 1));

        LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).forEach(day -> {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            boolean expected = workedDays.contains(day) || (!weekend && !offDays.contains(day));
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(expected);
        });
    }

    @Test
    void newYearsEveOf2024IsOnlyEncouragedOffAndStaysAWorkingDay() {
        // The 2024 notice only "encourages" units to let staff rest on 除夕 (2/9); it is not a holiday.
        assertThat(SHIPPED.calendarFor(LocalDate.of(2024, 2, 9)).isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
    }

    private static List<LocalDate> days(int year, String spec) {
        List<LocalDate> days = new ArrayList<>();
        for (String part : spec.split("·")) {
            String[] ends = part.trim().split("–");
            LocalDate from = monthDay(year, ends[0]);
            LocalDate to = ends.length == 2 ? monthDay(year, ends[1]) : from;
            days.addAll(from.datesUntil(to.plusDays(1)).toList());
        }
        return days;
    }

    private static LocalDate monthDay(int year, String monthSlashDay) {
        String[] parts = monthSlashDay.trim().split("/");
        return LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
