package cn.perfeval.scoring.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A blocking finding stops a submission; a warning stops it until the department explains it. */
public enum Severity {
    @JsonProperty("blocking")
    BLOCKING,
    @JsonProperty("warning")
    WARNING
}
