package cn.perfeval.scoring.simulation;

/**
 * Who asked for a what-if, as the services it asks in turn must see them: the caller's token (so their department
 * scoping applies) and preferred language (so their errors, relayed, read in it). Either may be null.
 */
public record Caller(String authorization, String acceptLanguage) {
}
