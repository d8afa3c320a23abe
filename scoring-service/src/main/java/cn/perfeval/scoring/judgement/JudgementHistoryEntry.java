package cn.perfeval.scoring.judgement;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One change of a judgement: who set what, when. */
public record JudgementHistoryEntry(long version, BigDecimal points, String text, String evidenceDocument,
        String evidenceUrl, LocalDate evidenceDate, String changedBy, OffsetDateTime changedAt) {

    static JudgementHistoryEntry of(Object[] row) {
        return new JudgementHistoryEntry(((Number) row[0]).longValue(), (BigDecimal) row[1], (String) row[2],
                (String) row[3], (String) row[4], date(row[5]), (String) row[6], timestamp(row[7]));
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
