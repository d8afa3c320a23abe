package cn.perfeval.budget.procurement.service;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.text.MultiLine;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A procurement complaint and whether the finance bureau upheld it as the purchaser's responsibility. */
@Schema(name = "ProcurementComplaint")
public record ProcurementComplaint(@Schema(example = "TS-2023-01") @Size(max = TextLimits.CODE) @Pattern(regexp = TextLimits.CODE_PATTERN, message = TextLimits.CODE_RULE) String complaintId,
                                   @Schema(example = "2023-06-01") LocalDate receivedOn,
                                   Boolean upheldAgainstPurchaser,
                                   @Size(max = TextLimits.TEXT) @MultiLine String summary) {
}
