package cn.perfeval.scoring.judgement;

import cn.perfeval.scoring.persistence.SqlValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One change of a judgement: who set what, when. */
public record JudgementHistoryEntry(long version, BigDecimal points, String text, String evidenceDocument,
        String evidenceUrl, LocalDate evidenceDate, String changedBy, OffsetDateTime changedAt) {

    static JudgementHistoryEntry of(Object[] row) {
        return new JudgementHistoryEntry(((Number) row[0]).longValue(), (BigDecimal) row[1], (String) row[2],
                (String) row[3], (String) row[4], SqlValues.date(row[5]), (String) row[6], SqlValues.timestamp(row[7]));
    }
}
