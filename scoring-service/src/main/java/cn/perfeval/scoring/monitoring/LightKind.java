package cn.perfeval.scoring.monitoring;

/** What a light judges: the department's budget pace, one project's pace, one indicator's progress. */
public enum LightKind { BUDGET, PROJECT, INDICATOR }
