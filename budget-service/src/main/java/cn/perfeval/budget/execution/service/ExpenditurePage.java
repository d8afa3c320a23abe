package cn.perfeval.budget.execution.service;

import java.util.List;

/** A page of the expenditure ledger, ordered by line id. */
public record ExpenditurePage(List<ExpenditureView> items, int page, int size, long total) {
}
