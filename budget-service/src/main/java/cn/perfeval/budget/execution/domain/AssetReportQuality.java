package cn.perfeval.budget.execution.domain;

/**
 * The reviewer's findings on the state-asset annual report (行政事业性国有资产年报): complete, accurate,
 * and asset accounts agreeing with the financial accounts and the physical assets (账账相符、账实相符).
 */
public record AssetReportQuality(boolean complete, boolean accurate, boolean accountsReconciled) {

    public boolean satisfactory() {
        return complete && accurate && accountsReconciled;
    }
}
