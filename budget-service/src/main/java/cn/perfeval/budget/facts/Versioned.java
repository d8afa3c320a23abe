package cn.perfeval.budget.facts;

/**
 * Content read together with the version it has, in one statement, so the two always belong together: the version
 * is the ETag a client sends back in If-Match.
 */
public record Versioned<T>(T content, long version) {
}
