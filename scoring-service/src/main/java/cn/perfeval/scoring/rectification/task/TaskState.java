package cn.perfeval.scoring.rectification.task;

/** Where a rectification task stands: open until it is closed, once, with evidence. */
public enum TaskState {
    OPEN,
    CLOSED
}
