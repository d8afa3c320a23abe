package cn.perfeval.budget.messaging;

import cn.perfeval.budget.execution.pace.ExecutionPaceCalculator;
import cn.perfeval.budget.execution.service.BudgetFactsAssembler;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the execution pace snapshot from the budget lines and one aggregate of the ledger per day. */
@ApplicationScoped
public class ExecutionPaceSnapshotBuilder implements SnapshotBuilder<ExecutionPaceSnapshot> {

    private final BudgetFactsAssembler assembler;

    public ExecutionPaceSnapshotBuilder(BudgetFactsAssembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public SnapshotType type() {
        return SnapshotType.EXECUTION_PACE;
    }

    @Override
    public ExecutionPaceSnapshot build(String dept, int year) {
        return ExecutionPaceSnapshot.of(dept, year, ExecutionPaceCalculator.compute(assembler.assembleForPace(dept, year)));
    }
}
