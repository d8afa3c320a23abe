package cn.perfeval.indicator.tree;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorPage")
public record IndicatorPage(List<IndicatorView> items, int page, int size, long total) {
}
