package cn.perfeval.budget.procurement.service;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A government procurement contract: the notice it follows (by id, or its issue date directly), when it was
 * signed and when it was filed/published on the provincial procurement site, its amount and the part bought from
 * SMEs (万元). Signing and filing may fall in the next year; the contract still belongs to the procurement's year.
 */
@Schema(name = "ProcurementContract")
public record ProcurementContract(@Schema(example = "HT-2023-01") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String contractId,
                                  @Schema(example = "CG-2023-01") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String projectCode,
                                  @Schema(example = "TZ-2023-01") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String awardNoticeId,
                                  @Schema(example = "2023-03-20") LocalDate awardNoticeIssuedOn,
                                  @Schema(example = "2023-04-10") LocalDate signedOn,
                                  @Schema(example = "2023-04-12") LocalDate filedOn,
                                  @Schema(example = "120.00") BigDecimal amount,
                                  @Schema(example = "120.00") BigDecimal smeAmount) {
}
