package cn.perfeval.budget.procurement.service;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An award or transaction notice (中标、成交通知书) and the day it was issued. */
@Schema(name = "AwardNotice")
public record AwardNotice(@Schema(example = "TZ-2023-01") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String noticeId,
                          @Schema(example = "CG-2023-01") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String projectCode,
                          @Schema(example = "2023-03-20") LocalDate issuedOn) {
}
