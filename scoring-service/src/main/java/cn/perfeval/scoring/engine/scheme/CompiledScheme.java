package cn.perfeval.scoring.engine.scheme;

import cn.perfeval.scoring.engine.rules.ItemRule;

import java.util.List;

/**
 * A scheme that passed {@link SchemeValidator#compile(Scheme)}, with each item's rule configured.
 * Only the validator creates one, so holding a {@code CompiledScheme} means the scheme is valid.
 */
public final class CompiledScheme {

    private final Scheme scheme;
    private final List<CompiledItem> items;

    CompiledScheme(Scheme scheme, List<CompiledItem> items) {
        this.scheme = scheme;
        this.items = List.copyOf(items);
    }

    public Scheme scheme() {
        return scheme;
    }

    /** In scheme order. */
    public List<CompiledItem> items() {
        return items;
    }

    public record CompiledItem(SchemeItem item, ItemRule rule) {
    }
}
