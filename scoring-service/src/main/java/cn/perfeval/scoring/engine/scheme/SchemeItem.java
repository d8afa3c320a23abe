package cn.perfeval.scoring.engine.scheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scored item.
 *
 * @param category    the sub-heading it is reported under (预算执行, 采购管理 …), may be {@code null}
 * @param rule        a {@link cn.perfeval.scoring.engine.rules.RuleKind} name
 * @param params      rule parameters: texts, {@link BigDecimal} numbers, or lists of texts
 * @param description what the item measures, in the bureau's words
 * @param assumptions what the scheme assumes where its source does not pin a parameter
 */
public record SchemeItem(String code, String name, String dimension, String category, BigDecimal max, String rule,
                         Map<String, Object> params, String description, String assumptions) {

    public SchemeItem {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
