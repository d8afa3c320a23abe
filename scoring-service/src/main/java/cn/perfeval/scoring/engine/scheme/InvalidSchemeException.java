package cn.perfeval.scoring.engine.scheme;

import java.util.List;
import java.util.stream.Collectors;

/** A scheme document that cannot be parsed or used; {@link #problems()} lists every reason found. */
public class InvalidSchemeException extends IllegalArgumentException {

    private final transient List<SchemeProblem> problems;

    public InvalidSchemeException(List<SchemeProblem> problems) {
        super("invalid scoring scheme: " + problems.stream().map(SchemeProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SchemeProblem> problems() {
        return problems;
    }
}
