package cn.perfeval.budget.execution.domain;

import cn.perfeval.platform.problem.Message;

/**
 * Budget execution data that cannot be accepted. {@link #field()} names the line and the field, e.g.
 * {@code expenditures[EXP-0042].projectCode}, so an ERP can see which row of a bulk push was wrong; {@link #reason()}
 * says why, in English and Chinese.
 */
public class InvalidBudgetDataException extends RuntimeException {

    private final String field;
    private final transient Message reason;

    public InvalidBudgetDataException(String field, Message reason) {
        super(field + ": " + reason.english());
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public Message reason() {
        return reason;
    }

    /** The field and why, as a problem's detail and field message say it: {@code expenditures[X].date: is required}. */
    public Message fieldMessage() {
        return new Message(reason.key(), getMessage(), field + "：" + reason.chinese());
    }
}
