package cn.perfeval.report.rendering;

import java.util.Map;
import java.util.Optional;

/**
 * The current text of every narrative section people wrote for one evaluation, by section key (see
 * {@link NarrativeKeys}). A section nobody wrote is simply absent.
 */
public record NarrativeTexts(Map<String, String> texts) {

    public NarrativeTexts {
        texts = Map.copyOf(texts);
    }

    public static NarrativeTexts none() {
        return new NarrativeTexts(Map.of());
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key)).filter(text -> !text.isBlank());
    }
}
