package cn.perfeval.budget.procurement.service;

import java.util.Optional;
import cn.perfeval.platform.text.TextLimits;
import cn.perfeval.platform.problem.Problem.FieldError;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks procurement records one by one and reports every rejected record (row = 1-based position in the list)
 * at once. Orders of dates that need the assessor (signed before the notice, filed before signing) are checked
 * when the verdicts are computed, in the same transaction.
 */
final class ProcurementValidation {

    private final int fiscalYear;
    private final List<FieldError> errors = new ArrayList<>();

    private ProcurementValidation(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    static void intentions(int year, List<ProcurementIntention> intentions) {
        ProcurementValidation check = new ProcurementValidation(year);
        for (int i = 0; i < intentions.size(); i++) {
            ProcurementIntention intention = intentions.get(i);
            if (check.present(intention, i) && check.text(intention.projectCode(), "intentions[" + i + "].projectCode", i)) {
                String record = "intentions[" + intention.projectCode() + "]";
                check.inYear(intention.procurementStartsOn(), record + ".procurementStartsOn", i, true);
            }
        }
        check.throwIfAny();
    }

    static void notices(int year, List<AwardNotice> notices) {
        ProcurementValidation check = new ProcurementValidation(year);
        for (int i = 0; i < notices.size(); i++) {
            AwardNotice notice = notices.get(i);
            if (check.present(notice, i) && check.text(notice.noticeId(), "awardNotices[" + i + "].noticeId", i)) {
                check.inYear(notice.issuedOn(), "awardNotices[" + notice.noticeId() + "].issuedOn", i, true);
            }
        }
        check.throwIfAny();
    }

    static void contracts(int year, List<ProcurementContract> contracts, Map<String, AwardNotice> notices) {
        ProcurementValidation check = new ProcurementValidation(year);
        for (int i = 0; i < contracts.size(); i++) {
            ProcurementContract contract = contracts.get(i);
            if (!check.present(contract, i) || !check.text(contract.contractId(), "contracts[" + i + "].contractId", i)) {
                continue;
            }
            String record = "contracts[" + contract.contractId() + "]";
            check.inYear(contract.awardNoticeIssuedOn(), record + ".awardNoticeIssuedOn", i, false);
            check.notBeforeYear(contract.signedOn(), record + ".signedOn", i);
            check.notBeforeYear(contract.filedOn(), record + ".filedOn", i);
            check.nonNegative(contract.amount(), record + ".amount", i);
            check.nonNegative(contract.smeAmount(), record + ".smeAmount", i);
            if (contract.amount() != null && contract.smeAmount() != null && contract.smeAmount().compareTo(contract.amount()) > 0) {
                check.error(record + ".smeAmount", "exceeds the contract amount " + contract.amount().toPlainString(), i);
            }
            if (contract.awardNoticeId() != null) {
                AwardNotice notice = notices.get(contract.awardNoticeId());
                // An id alone must name a known notice (its date is needed); with the date given, the id may be the
                // issuer's own reference, as in an OCDS import.
                if (notice == null && contract.awardNoticeIssuedOn() == null) {
                    check.error(record + ".awardNoticeId", "unknown award notice " + contract.awardNoticeId()
                            + " and no awardNoticeIssuedOn", i);
                } else if (notice != null && contract.awardNoticeIssuedOn() != null
                        && !contract.awardNoticeIssuedOn().equals(notice.issuedOn())) {
                    check.error(record + ".awardNoticeIssuedOn", contract.awardNoticeIssuedOn()
                            + " disagrees with notice " + notice.noticeId() + " issued on " + notice.issuedOn(), i);
                }
            }
        }
        check.throwIfAny();
    }

    static void complaints(int year, List<ProcurementComplaint> complaints) {
        ProcurementValidation check = new ProcurementValidation(year);
        for (int i = 0; i < complaints.size(); i++) {
            ProcurementComplaint complaint = complaints.get(i);
            if (check.present(complaint, i) && check.text(complaint.complaintId(), "complaints[" + i + "].complaintId", i)) {
                check.notBeforeYear(complaint.receivedOn(), "complaints[" + complaint.complaintId() + "].receivedOn", i);
                if (complaint.receivedOn() == null) {
                    check.error("complaints[" + complaint.complaintId() + "].receivedOn", "is required", i);
                }
                // Boxed, so that a missing answer is an error rather than a silent "not upheld".
                if (complaint.upheldAgainstPurchaser() == null) {
                    check.error("complaints[" + complaint.complaintId() + "].upheldAgainstPurchaser", "is required", i);
                }
            }
        }
        check.throwIfAny();
    }

    static void sme(SmeReservation sme) {
        ProcurementValidation check = new ProcurementValidation(0);
        check.requiredNonNegative(sme.reservedAmount(), "reservedAmount");
        check.requiredNonNegative(sme.awardedAmount(), "awardedAmount");
        check.throwIfAny();
    }

    private void requiredNonNegative(BigDecimal amount, String field) {
        if (amount == null) {
            error(field, "is required", null);
        } else {
            nonNegative(amount, field, null);
        }
    }

    private boolean present(Object record, int index) {
        if (record == null) {
            error("[" + index + "]", "is an empty record", index);
            return false;
        }
        return true;
    }

    /** An id: required and a code (imports reach here without Bean Validation; an id is also a CSV cell). */
    private boolean text(String value, String field, int index) {
        if (value == null || value.isBlank()) {
            error(field, "is required", index);
            return false;
        }
        Optional<String> problem = TextLimits.codeProblem(value);
        problem.ifPresent(rule -> error(field, rule, index));
        return problem.isEmpty();
    }

    private void inYear(LocalDate date, String field, int index, boolean required) {
        if (date == null) {
            if (required) {
                error(field, "is required", index);
            }
        } else if (date.getYear() != fiscalYear) {
            error(field, date + " is outside fiscal year " + fiscalYear, index);
        }
    }

    /** Signing and filing may run into the next year, but never precede the procurement's year. */
    private void notBeforeYear(LocalDate date, String field, int index) {
        if (date != null && date.getYear() < fiscalYear) {
            error(field, date + " is before fiscal year " + fiscalYear, index);
        }
    }

    private void nonNegative(BigDecimal amount, String field, Integer index) {
        if (amount != null && amount.signum() < 0) {
            error(field, "must not be negative, got " + amount.toPlainString(), index);
        }
    }

    private void error(String field, String message, Integer index) {
        errors.add(new FieldError(field, message, index == null ? null : index + 1));
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " record(s) rejected; nothing was written",
                    errors);
        }
    }
}
