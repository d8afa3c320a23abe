package cn.perfeval.scoring.engine.scheme;

import cn.perfeval.scoring.engine.facts.IndicatorKind;
import cn.perfeval.scoring.engine.rules.IndicatorGroupCreditRule;
import cn.perfeval.scoring.engine.rules.ItemRule;
import cn.perfeval.scoring.engine.rules.ParamReader;
import cn.perfeval.scoring.engine.rules.RuleKind;
import cn.perfeval.scoring.engine.scheme.CompiledScheme.CompiledItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a scheme can be scored: dimensions add up to 100 and each dimension's items to its
 * maximum, every item names a known rule with valid parameters, and every fact key it reads is in
 * the {@link cn.perfeval.scoring.engine.facts.FactCatalog}. All problems are reported, not just the first.
 */
public final class SchemeValidator {

    private static final BigDecimal TOTAL_POINTS = new BigDecimal("100");

    private SchemeValidator() {
    }

    public static List<SchemeProblem> validate(Scheme scheme) {
        return check(scheme).problems;
    }

    /** The scheme with its rules configured; throws when {@link #validate(Scheme)} finds any problem. */
    public static CompiledScheme compile(Scheme scheme) {
        Checked checked = check(scheme);
        if (!checked.problems.isEmpty()) {
            throw new InvalidSchemeException(checked.problems);
        }
        return new CompiledScheme(scheme, checked.items);
    }

    private record Checked(List<SchemeProblem> problems, List<CompiledItem> items) {
    }

    private static Checked check(Scheme scheme) {
        List<SchemeProblem> problems = new ArrayList<>();
        requireText(scheme.id(), null, "id", problems);
        requireText(scheme.version(), null, "version", problems);
        requireText(scheme.name(), null, "name", problems);
        Map<String, SchemeDimension> dimensions = checkDimensions(scheme, problems);
        List<CompiledItem> compiled = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<IndicatorKind, String> indicatorKindOwners = new EnumMap<>(IndicatorKind.class);
        if (scheme.items().isEmpty()) {
            problems.add(new SchemeProblem(null, "items", "a scheme needs at least one item"));
        }
        for (SchemeItem item : scheme.items()) {
            String code = item.code();
            if (requireText(code, null, "items.code", problems) && !codes.add(code)) {
                problems.add(new SchemeProblem(code, "code", "appears more than once"));
            }
            requireText(item.name(), code, "name", problems);
            if (item.dimension() == null || !dimensions.containsKey(item.dimension())) {
                problems.add(new SchemeProblem(code, "dimension", "unknown dimension " + item.dimension()
                        + ", expected one of " + dimensions.keySet()));
            }
            requirePoints(item.max(), code, "max", problems);
            ItemRule rule = configureRule(item, problems);
            if (rule instanceof IndicatorGroupCreditRule group) {
                for (IndicatorKind kind : group.kinds()) {
                    String owner = indicatorKindOwners.putIfAbsent(kind, code);
                    if (owner != null) {
                        problems.add(new SchemeProblem(code, "params.kinds",
                                kind + " indicators are already scored by item " + owner + "; they would count twice"));
                    }
                }
            }
            compiled.add(new CompiledItem(item, rule));
        }
        checkItemsAddUp(scheme, dimensions, problems);
        return new Checked(List.copyOf(problems), compiled);
    }

    private static Map<String, SchemeDimension> checkDimensions(Scheme scheme, List<SchemeProblem> problems) {
        Map<String, SchemeDimension> byCode = new LinkedHashMap<>();
        if (scheme.dimensions().isEmpty()) {
            problems.add(new SchemeProblem(null, "dimensions", "a scheme needs at least one dimension"));
            return byCode;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (SchemeDimension dimension : scheme.dimensions()) {
            String field = "dimensions[" + dimension.code() + "]";
            if (requireText(dimension.code(), null, "dimensions.code", problems)
                    && byCode.putIfAbsent(dimension.code(), dimension) != null) {
                problems.add(new SchemeProblem(null, field, "dimension code appears more than once"));
            }
            requireText(dimension.name(), null, field + ".name", problems);
            if (requirePoints(dimension.max(), null, field + ".max", problems)) {
                sum = sum.add(dimension.max());
            }
        }
        if (sum.compareTo(TOTAL_POINTS) != 0) {
            problems.add(new SchemeProblem(null, "dimensions", "dimension maxima sum to " + sum.toPlainString()
                    + ", not 100: " + scheme.dimensions().stream()
                    .map(d -> d.code() + " " + (d.max() == null ? "?" : d.max().toPlainString()))
                    .collect(Collectors.joining(", "))));
        }
        return byCode;
    }

    private static void checkItemsAddUp(Scheme scheme, Map<String, SchemeDimension> dimensions,
                                        List<SchemeProblem> problems) {
        for (SchemeDimension dimension : dimensions.values()) {
            if (dimension.max() == null) {
                continue;
            }
            List<SchemeItem> items = scheme.items().stream()
                    .filter(item -> dimension.code().equals(item.dimension()) && item.max() != null)
                    .toList();
            BigDecimal sum = items.stream().map(SchemeItem::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(dimension.max()) != 0) {
                problems.add(new SchemeProblem(null, "dimensions[" + dimension.code() + "]",
                        "items of " + dimension.code() + " (" + dimension.name() + ") sum to " + sum.toPlainString()
                                + ", not its max " + dimension.max().toPlainString() + ": "
                                + items.stream().map(i -> i.code() + " " + i.max().toPlainString())
                                .collect(Collectors.joining(", "))));
            }
        }
    }

    private static ItemRule configureRule(SchemeItem item, List<SchemeProblem> problems) {
        Optional<RuleKind> kind = RuleKind.named(item.rule());
        if (kind.isEmpty()) {
            problems.add(new SchemeProblem(item.code(), "rule", "unknown rule " + item.rule() + ", expected one of "
                    + Arrays.stream(RuleKind.values()).map(RuleKind::ruleName).toList()));
            return null;
        }
        ParamReader params = new ParamReader(item.params());
        ItemRule rule = kind.get().configure(params);
        params.problems().forEach(problem ->
                problems.add(new SchemeProblem(item.code(), "params." + problem.param(), problem.message())));
        return rule;
    }

    private static boolean requireText(String value, String itemCode, String field, List<SchemeProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new SchemeProblem(itemCode, field, "is required"));
            return false;
        }
        return true;
    }

    /** Points are positive with at most 2 decimals, like the scores they bound. */
    private static boolean requirePoints(BigDecimal value, String itemCode, String field, List<SchemeProblem> problems) {
        if (value == null) {
            problems.add(new SchemeProblem(itemCode, field, "is required"));
            return false;
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(new SchemeProblem(itemCode, field,
                    "must be positive with at most 2 decimals, was " + value.toPlainString()));
            return false;
        }
        return true;
    }
}
