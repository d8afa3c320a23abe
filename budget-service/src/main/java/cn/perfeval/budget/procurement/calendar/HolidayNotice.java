package cn.perfeval.budget.procurement.calendar;

import java.time.LocalDate;

/**
 * The State Council notice a calendar transcribes, e.g. 国办发明电〔2022〕16号
 * 《国务院办公厅关于2023年部分节假日安排的通知》 issued 2022-12-08.
 */
public record HolidayNotice(String number, String title, LocalDate issuedOn) {

    public HolidayNotice {
        if (number == null || number.isBlank()) {
            throw new InvalidCalendarException("notice.number", "is required");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidCalendarException("notice.title", "is required");
        }
        if (issuedOn == null) {
            throw new InvalidCalendarException("notice.issuedOn", "is required");
        }
    }
}
