package cn.perfeval.scoring.monitoring;

/** An open round follows its evaluation's facts and takes assessments; a closed one is frozen. */
public enum RoundState { OPEN, CLOSED }
