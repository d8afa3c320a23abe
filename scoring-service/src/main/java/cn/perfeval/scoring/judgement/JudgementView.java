package cn.perfeval.scoring.judgement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

public record JudgementView(String itemCode, BigDecimal points, String text, String evidenceDocument, String evidenceUrl,
        LocalDate evidenceDate, long version, String updatedBy, OffsetDateTime updatedAt) {

    public static JudgementView of(Judgement j) {
        return new JudgementView(j.itemCode, j.points, j.text, j.evidenceDocument, j.evidenceUrl, j.evidenceDate,
                j.version, j.updatedBy, j.updatedAt);
    }
}
