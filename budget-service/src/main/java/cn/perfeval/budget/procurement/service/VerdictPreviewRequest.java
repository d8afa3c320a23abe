package cn.perfeval.budget.procurement.service;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.Valid;
import cn.perfeval.platform.text.TextLimits;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Dates to judge instead of the recorded ones. A proposal names a recorded contract (or intention) and gives the dates
 * that should replace its recorded ones; a date left out keeps the recorded one. A hypothetical record is one that
 * is not recorded at all (a contract needs its notice then: a recorded notice's id, or the notice date).
 */
@Schema(name = "VerdictPreviewRequest")
public record VerdictPreviewRequest(@Valid @Size(max = TextLimits.ITEMS) List<ProposedContract> contracts, @Valid @Size(max = TextLimits.ITEMS) List<ProposedIntention> intentions) {

    @Schema(name = "ProposedContractDates")
    public record ProposedContract(@Schema(example = "HT-2023-02", required = true) @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String contractId,
                                   @Schema(example = "TZ-2023-02") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String awardNoticeId,
                                   LocalDate awardNoticeIssuedOn,
                                   @Schema(example = "2023-07-28") LocalDate signedOn,
                                   @Schema(example = "2023-07-31") LocalDate filedOn,
                                   @Schema(description = "true for a contract that is not recorded") boolean hypothetical) {
    }

    @Schema(name = "ProposedIntentionDates")
    public record ProposedIntention(@Schema(example = "CG-2023-01", required = true) @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String projectCode,
                                    @Schema(example = "2023-01-20") LocalDate disclosedOn,
                                    LocalDate procurementStartsOn,
                                    @Schema(description = "true for a procurement project that is not recorded") boolean hypothetical) {
    }
}
