package cn.perfeval.scoring.engine.scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of scoring one fact set against one scheme. Deterministic: equal schemes and equal facts
 * (whatever the order of indicators and records) give equal scorecards.
 *
 * @param total    the sum of the items' rounded scores
 * @param complete false when any item lacks an input; the total is then what the known inputs earn
 * @param items    in scheme order
 * @param missing  every missing input, in item order
 */
public record Scorecard(String schemeId, String schemeVersion, BigDecimal total, Grade grade, boolean complete,
                        List<DimensionScore> dimensions, List<ItemScore> items, List<MissingInput> missing) {

    public Scorecard {
        dimensions = List.copyOf(dimensions);
        items = List.copyOf(items);
        missing = List.copyOf(missing);
    }

    /** The item with this code; scheme item codes are unique. */
    public ItemScore item(String code) {
        return items.stream()
                .filter(item -> item.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + code + " in scheme " + schemeId));
    }

    public DimensionScore dimension(String code) {
        return dimensions.stream()
                .filter(dimension -> dimension.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dimension " + code + " in scheme " + schemeId));
    }
}
