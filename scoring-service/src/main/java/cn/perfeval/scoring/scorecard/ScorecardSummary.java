package cn.perfeval.scoring.scorecard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One line of a scorecard history. */
public record ScorecardSummary(int version, BigDecimal total, String grade, boolean complete, String schemeId,
        String schemeVersion, OffsetDateTime computedAt) {

    static ScorecardSummary of(ScorecardVersion v) {
        return new ScorecardSummary(v.version, v.total, v.grade, v.complete, v.schemeId, v.schemeVersion, v.computedAt);
    }
}
