package cn.perfeval.budget.execution.erp;

import java.util.Iterator;

/** Lines read lazily from a request body, one at a time. */
interface LineSource extends Iterator<RawLine> {

    String[] COLUMNS = {"lineId", "date", "amount", "category", "projectCode"};
}
