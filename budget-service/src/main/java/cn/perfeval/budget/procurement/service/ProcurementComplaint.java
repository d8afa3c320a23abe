package cn.perfeval.budget.procurement.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A procurement complaint and whether the finance bureau upheld it as the purchaser's responsibility. */
@Schema(name = "ProcurementComplaint")
public record ProcurementComplaint(@Schema(example = "TS-2023-01") String complaintId,
                                   @Schema(example = "2023-06-01") LocalDate receivedOn,
                                   Boolean upheldAgainstPurchaser,
                                   String summary) {
}
