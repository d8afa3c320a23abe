package cn.perfeval.budget.execution.service;

import cn.perfeval.budget.execution.pace.ExecutionPaceCalculator;
import cn.perfeval.budget.messaging.ExecutionPaceSnapshot;
import cn.perfeval.budget.messaging.SnapshotBuilder;
import cn.perfeval.budget.messaging.SnapshotInputs;
import cn.perfeval.budget.messaging.SnapshotType;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the execution pace snapshot from the budget lines and the ledger's sums per day. */
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
    public ExecutionPaceSnapshot build(SnapshotInputs inputs) {
        return ExecutionPaceSnapshot.of(inputs.dept(), inputs.year(), ExecutionPaceCalculator.compute(
                assembler.assembleForPace(inputs.dept(), inputs.year(), inputs.ledgerSums())));
    }
}
