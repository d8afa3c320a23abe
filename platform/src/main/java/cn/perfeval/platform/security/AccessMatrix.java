package cn.perfeval.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The role × operation matrix of one service, read from {@value #RESOURCE} on its class path: one line per
 * operation, {@code operationId,scope,role role ...}; blank lines and lines starting with {@code #} are comments.
 * It is data so that it can be read (README, reviews) and checked (every OpenAPI operation has a row) apart from
 * the code. A malformed file stops the service at start rather than guessing.
 */
public final class AccessMatrix {

    public static final String RESOURCE = "access-matrix.csv";

    private final Map<String, AccessRule> rules;

    private AccessMatrix(Map<String, AccessRule> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** The matrix of the service whose class path holds {@value #RESOURCE}. */
    public static AccessMatrix ofService() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path; every request would be refused");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix parse(List<String> lines) {
        Map<String, AccessRule> rules = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                AccessRule rule = row(line);
                if (rules.put(rule.operationId(), rule) != null) {
                    throw new IllegalArgumentException("a second row for " + rule.operationId());
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new AccessMatrix(rules);
    }

    private static AccessRule row(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 3) {
            throw new IllegalArgumentException("needs operationId,scope,roles");
        }
        AccessScope scope = AccessScope.ofLabel(cells[1].strip());
        Set<String> roles = Arrays.stream(cells[2].strip().split("\\s+")).filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        roles.stream().filter(role -> !Roles.ALL.contains(role)).findFirst().ifPresent(role -> {
            throw new IllegalArgumentException("unknown role '" + role + "'");
        });
        if (roles.isEmpty() != (scope == AccessScope.PUBLIC)) {
            throw new IllegalArgumentException("a public operation lists no role, any other lists at least one");
        }
        return new AccessRule(cells[0].strip(), scope, roles);
    }

    /** The row of an operation; none means nobody may call it. */
    public Optional<AccessRule> rule(String operationId) {
        return Optional.ofNullable(rules.get(operationId));
    }

    /** Whether the matrix admits such a caller to an operation for {@code department}; empty: no row. */
    public Optional<Boolean> admits(String operationId, boolean authenticated, Set<String> roles,
            Set<String> departments, String department) {
        return rule(operationId).map(rule -> rule.admits(authenticated, roles, departments, department));
    }
}
