package cn.perfeval.indicator.tabular;

import cn.perfeval.indicator.domain.Completion;
import java.util.Objects;

/** An indicator with its evaluated completion: one line of 表1 or 表2. */
public record CompletedIndicator(IndicatorRow indicator, Completion completion) {

    public CompletedIndicator {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(completion, "completion");
    }
}
