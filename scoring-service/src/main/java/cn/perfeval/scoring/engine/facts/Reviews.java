package cn.perfeval.scoring.engine.facts;

import java.util.Map;

/**
 * The latest review decision per self-assessed value of one evaluation, whether or not it still applies (that is
 * decided against the value's version when the facts are scored).
 *
 * @param judgements keyed by scheme item code
 * @param grades     keyed by indicator id
 */
public record Reviews(Map<String, Review> judgements, Map<String, Review> grades) {

    public static final Reviews NONE = new Reviews(Map.of(), Map.of());

    public Reviews {
        judgements = Map.copyOf(judgements);
        grades = Map.copyOf(grades);
    }
}
