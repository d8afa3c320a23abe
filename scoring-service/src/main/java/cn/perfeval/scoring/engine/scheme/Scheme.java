package cn.perfeval.scoring.engine.scheme;

import java.util.List;

/**
 * A scoring scheme (评分标准) as data: dimensions and the items scored under them, in the order the
 * scorecard shows them. Build one with {@link SchemeParser} and check it with {@link SchemeValidator}.
 */
public record Scheme(String id, String version, String name, List<SchemeDimension> dimensions, List<SchemeItem> items) {

    public Scheme {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
