package cn.perfeval.budget.procurement.timeliness;

import java.time.LocalDate;

/**
 * When a procurement project's intention (采购意向) was published and when the procurement activity
 * starts (planned, or actual once the procurement announcement is out; the caller decides which).
 */
public record IntentionDisclosure(String projectCode, int fiscalYear, LocalDate disclosedOn,
                                  LocalDate procurementStartsOn) {

    public IntentionDisclosure {
        if (projectCode == null || projectCode.isBlank()) {
            throw new InvalidTimelinessInputException("intentions[].projectCode", "is required");
        }
    }
}
