package cn.perfeval.budget.procurement.timeliness;

import java.time.LocalDate;

/**
 * The dates of one government procurement contract. {@code fiscalYear} is the procurement's fiscal
 * year: a contract signed or filed in January of the next year still counts there. Dates may be
 * missing while the contract is in progress; judging a rule that needs a missing date is an error.
 */
public record ContractDates(String contractId, int fiscalYear, LocalDate awardNoticeIssuedOn,
                            LocalDate signedOn, LocalDate filedOn) {

    public ContractDates {
        if (contractId == null || contractId.isBlank()) {
            throw new InvalidTimelinessInputException("contracts[].contractId", "is required");
        }
    }
}
