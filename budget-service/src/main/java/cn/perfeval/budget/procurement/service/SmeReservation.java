package cn.perfeval.budget.procurement.service;

import jakarta.validation.constraints.Size;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.SingleLine;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 采购政策效能: the amount reserved for SMEs and the amount actually bought from them (万元), and the source. */
@Schema(name = "SmeReservation")
public record SmeReservation(@Schema(example = "850.00") BigDecimal reservedAmount,
                             @Schema(example = "850.00") BigDecimal awardedAmount,
                             @Schema(example = "2023年度政府采购统计报表") @Size(max = TextLimits.NAME) @SingleLine String source) {
}
