package cn.perfeval.budget.procurement.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarJsonTest {

    private static final String YEAR_2027 = """
            {
              "year": 2027,
              "version": "2027-v1",
              "notice": { "number": "国办发明电〔2026〕X号", "title": "国务院办公厅关于2027年部分节假日安排的通知",
                          "issuedOn": "2026-11-20" },
              "holidays": [
                { "name": "元旦", "offFrom": "2027-01-01", "offTo": "2027-01-03", "worked": [] },
                { "name": "春节", "offFrom": "2027-02-06", "offTo": "2027-02-13", "worked": ["2027-02-14"] }
              ]
            }
            """;

    @Test
    void readsAnAdministratorsDocument() {
        WorkingDayCalendar calendar = CalendarJson.read(YEAR_2027);

        assertThat(calendar.year()).isEqualTo(2027);
        assertThat(calendar.notice().issuedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Monday inside 春节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 14))).as("make-up Sunday").isTrue();
    }

    @Test
    void writesWhatItReads() {
        WorkingDayCalendar calendar = CalendarJson.read(YEAR_2027);

        WorkingDayCalendar again = CalendarJson.read(CalendarJson.write(calendar));

        assertThat(again).isEqualTo(calendar);
        assertThat(again.calendarVersion()).isEqualTo(calendar.calendarVersion());
    }

    @Test
    void namesTheFieldOfABadDate() {
        String badDate = YEAR_2027.replace("\"2027-02-14\"", "\"2027-02-30\"");

        assertThatThrownBy(() -> CalendarJson.read(badDate))
                .isInstanceOfSatisfying(InvalidCalendarException.class,
                        e -> assertThat(e.field()).isEqualTo("holidays[1].worked[0]"));
    }

    @Test
    void namesAMissingNoticeNumber() {
        String noNumber = YEAR_2027.replace("\"number\": \"国办发明电〔2026〕X号\",", "");

        assertThatThrownBy(() -> CalendarJson.read(noNumber))
                .isInstanceOfSatisfying(InvalidCalendarException.class,
                        e -> assertThat(e.field()).isEqualTo("notice.number"));
    }

    @Test
    void rejectsMalformedJson() {
        assertThatThrownBy(() -> CalendarJson.read("{ \"year\": 2027, "))
                .isInstanceOfSatisfying(InvalidCalendarException.class, e -> assertThat(e.field()).isEqualTo("$"));
    }
}
