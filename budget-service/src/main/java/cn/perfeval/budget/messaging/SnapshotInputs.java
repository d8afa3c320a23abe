package cn.perfeval.budget.messaging;

import cn.perfeval.budget.execution.domain.Expenditure;
import java.util.List;

/**
 * One evaluation as the snapshot builders of one refresh read it. The ledger is summed once, per day, category and
 * project, for all of them: the budget facts need only its totals per category and project, which those sums give
 * as well, and the execution pace needs the days, so a write scans the ledger once however many snapshots it builds.
 */
public final class SnapshotInputs {

    private final String dept;
    private final int year;
    private final LedgerSums ledger;
    private List<Expenditure> ledgerSums;

    SnapshotInputs(String dept, int year, LedgerSums ledger) {
        this.dept = dept;
        this.year = year;
        this.ledger = ledger;
    }

    public String dept() {
        return dept;
    }

    public int year() {
        return year;
    }

    /** The ledger summed per day, category and project, read when first asked for. */
    public List<Expenditure> ledgerSums() {
        if (ledgerSums == null) {
            ledgerSums = ledger.sumsByDayCategoryAndProject(dept, year);
        }
        return ledgerSums;
    }
}
