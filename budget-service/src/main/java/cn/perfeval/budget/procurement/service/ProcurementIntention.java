package cn.perfeval.budget.procurement.service;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One procurement project of the year and its intention (采购意向): when it was published (null: not published)
 * and when the procurement activity starts.
 */
@Schema(name = "ProcurementIntention")
public record ProcurementIntention(@Schema(example = "CG-2023-01") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String projectCode,
                                   @Schema(example = "业务系统运维服务") @Size(max = TextLimits.NAME) @SingleLine String name,
                                   @Schema(example = "2023-02-01") LocalDate disclosedOn,
                                   @Schema(example = "2023-03-10") LocalDate procurementStartsOn) {
}
