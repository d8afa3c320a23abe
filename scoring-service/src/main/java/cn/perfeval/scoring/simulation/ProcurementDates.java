package cn.perfeval.scoring.simulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import cn.perfeval.platform.text.SingleLine;
import cn.perfeval.platform.text.TextLimits;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What-if dates of procurement records, judged by budget-service (which owns the 民法典 periods and the working-day
 * calendar) and scored as the verdicts it answers. A proposal names a recorded contract or intention and gives the
 * dates that replace its recorded ones; {@code hypothetical} judges one that is not recorded. Budget-service's
 * {@code POST .../procurement/verdict-previews} takes exactly this document.
 */
@Schema(name = "ProcurementDates")
public record ProcurementDates(@Valid @Size(max = TextLimits.ITEMS) List<ContractDates> contracts,
                               @Valid @Size(max = TextLimits.ITEMS) List<IntentionDates> intentions) {

    boolean isEmpty() {
        return (contracts == null || contracts.isEmpty()) && (intentions == null || intentions.isEmpty());
    }

    @Schema(name = "ContractDates")
    public record ContractDates(@Schema(example = "HT-2023-02") @Size(max = TextLimits.CODE) @SingleLine String contractId,
                                @Schema(description = "a recorded award notice, for a hypothetical contract") @Size(max = TextLimits.CODE) @SingleLine String awardNoticeId,
                                LocalDate awardNoticeIssuedOn,
                                @Schema(example = "2023-07-28") LocalDate signedOn,
                                @Schema(example = "2023-07-31") LocalDate filedOn,
                                @Schema(description = "true for a contract that is not recorded") boolean hypothetical) {
    }

    @Schema(name = "IntentionDates")
    public record IntentionDates(@Schema(example = "CG-2023-01") @Size(max = TextLimits.CODE) @SingleLine String projectCode,
                                 @Schema(example = "2023-01-20") LocalDate disclosedOn,
                                 LocalDate procurementStartsOn,
                                 @Schema(description = "true for a procurement project that is not recorded") boolean hypothetical) {
    }
}
