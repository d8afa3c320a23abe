package cn.perfeval.budget.procurement.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An award or transaction notice (中标、成交通知书) and the day it was issued. */
@Schema(name = "AwardNotice")
public record AwardNotice(@Schema(example = "TZ-2023-01") String noticeId,
                          @Schema(example = "CG-2023-01") String projectCode,
                          @Schema(example = "2023-03-20") LocalDate issuedOn) {
}
