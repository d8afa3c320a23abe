package cn.perfeval.scoring.engine.rules;

import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.facts.FactDefinition;
import cn.perfeval.scoring.engine.facts.FactType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one item's rule parameters and collects every problem instead of stopping at the first, so
 * a scheme author sees all of them at once. Parameters no rule asked for are reported as unknown:
 * a misspelt optional parameter must not silently fall back to its default.
 */
public final class ParamReader {

    private final Map<String, Object> values;
    private final Set<String> asked = new HashSet<>();
    private final List<ParamProblem> problems = new ArrayList<>();

    public ParamReader(Map<String, Object> values) {
        this.values = values;
    }

    String requiredString(String name) {
        return optionalString(name).orElseGet(() -> missing(name));
    }

    Optional<String> optionalString(String name) {
        Object value = read(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(text);
        }
        reject(name, "must be a non-empty text, was " + value);
        return Optional.empty();
    }

    Optional<BigDecimal> optionalDecimal(String name) {
        Object value = read(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof BigDecimal number) {
            return Optional.of(number);
        }
        reject(name, "must be a number, was " + value);
        return Optional.empty();
    }

    BigDecimal requiredDecimal(String name) {
        return optionalDecimal(name).orElseGet(() -> missing(name));
    }

    List<String> requiredTextList(String name) {
        Object value = read(name);
        if (value == null) {
            return missing(name);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        reject(name, "must be a non-empty list of texts, was " + value);
        return null;
    }

    /** A fact key that the {@link FactCatalog} knows with the given type. */
    FactDefinition requiredFact(String name, FactType type) {
        return optionalFact(name, type).orElseGet(() -> missing(name));
    }

    Optional<FactDefinition> optionalFact(String name, FactType type) {
        return optionalString(name).flatMap(key -> {
            Optional<FactDefinition> definition = FactCatalog.find(key);
            if (definition.isEmpty()) {
                reject(name, "unknown fact key " + key + " (not in the fact catalog)");
                return Optional.empty();
            }
            if (definition.get().type() != type) {
                reject(name, "fact " + key + " is a " + definition.get().type() + ", this parameter needs a " + type);
                return Optional.empty();
            }
            return definition;
        });
    }

    void reject(String name, String message) {
        problems.add(new ParamProblem(name, message));
    }

    boolean hasProblems() {
        return !problems.isEmpty() || !unknownNames().isEmpty();
    }

    /** Every problem found, including parameters that nothing asked for. */
    public List<ParamProblem> problems() {
        List<ParamProblem> all = new ArrayList<>(problems);
        unknownNames().forEach(name -> all.add(new ParamProblem(name, "unknown parameter")));
        return all;
    }

    private List<String> unknownNames() {
        return values.keySet().stream().filter(name -> !asked.contains(name)).sorted().toList();
    }

    private Object read(String name) {
        asked.add(name);
        return values.get(name);
    }

    private <T> T missing(String name) {
        if (values.get(name) == null) {
            reject(name, "is required");
        }
        return null;
    }
}
