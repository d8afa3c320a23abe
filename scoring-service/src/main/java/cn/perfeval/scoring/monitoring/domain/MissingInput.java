package cn.perfeval.scoring.monitoring.domain;

/**
 * An input a round needs and does not have (never guessed): {@code budget}, {@code spending}, {@code progress} or
 * {@code judgement}, the record it concerns (null for the evaluation's budget), and a zh-CN message.
 */
public record MissingInput(String input, String recordType, String recordId, String message) {
}
