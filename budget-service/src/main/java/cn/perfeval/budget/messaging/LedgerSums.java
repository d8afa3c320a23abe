package cn.perfeval.budget.messaging;

import cn.perfeval.budget.execution.domain.Expenditure;
import java.util.List;

/**
 * The one reading of the ERP ledger that every snapshot of a refresh shares. An interface here, implemented by the
 * ledger, so that the snapshot machinery does not depend on the services that call it to refresh.
 */
public interface LedgerSums {

    /** One line per day, category and project with the exact sum, oldest first. */
    List<Expenditure> sumsByDayCategoryAndProject(String dept, int year);
}
