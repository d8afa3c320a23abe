package cn.perfeval.scoring.engine.facts;

/** Whether a catalog key names one figure ({@link Facts#numbers()}) or a set of records ({@link Facts#recordSets()}). */
public enum FactType {
    NUMBER,
    RECORD_SET
}
