package cn.perfeval.localstack;

import cn.perfeval.testinfra.DevTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ./run.sh token --role R [--department D ...]}: mints a token for any department and role, signed with the
 * local stack's key ({@code <data-dir>/keys}, made on first use), so every actor of every department has a token
 * of its own role. Prints only the token, for {@code TOKEN=$(./run.sh token ...)}.
 */
record TokenCommand(Path dataDir, String role, List<String> departments, String subject, Duration lifetime) {

    static final String USAGE = """
            Usage: ./run.sh token --role ROLE [--department CODE ...] [--subject NAME] [--hours N] [--data-dir DIR]
              --role        department-editor | erp-integration | bureau-reviewer | admin
              --department  a department the token may touch (repeatable); needed by department-editor and
                            erp-integration (bureau-reviewer and admin reach every department)
              --subject     who the token names (default: <role>@<departments>)
              --hours       lifetime (default 12)""";

    private static final Set<String> ROLES = Set.of("department-editor", "erp-integration", "bureau-reviewer", "admin");
    private static final Set<String> DEPARTMENT_ROLES = Set.of("department-editor", "erp-integration");
    private static final String DEPARTMENT_CODE = "[A-Z0-9_-]{2,32}";

    static TokenCommand parse(String[] args, Path defaultDataDir) {
        Path dataDir = defaultDataDir;
        String role = null;
        List<String> departments = new ArrayList<>();
        String subject = null;
        long hours = 12;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> role = CommandLine.value(args, ++i, "--role");
                case "--department" -> departments.add(department(CommandLine.value(args, ++i, "--department")));
                case "--subject" -> subject = CommandLine.value(args, ++i, "--subject");
                case "--hours" -> hours = hours(CommandLine.value(args, ++i, "--hours"));
                case "--data-dir" -> dataDir = Path.of(CommandLine.value(args, ++i, "--data-dir")).toAbsolutePath();
                default -> throw new StackException("Unknown option " + args[i] + "\n" + USAGE);
            }
        }
        requireRole(role, departments);
        String name = subject != null ? subject : role + "@" + (departments.isEmpty() ? "all" : String.join(",", departments));
        return new TokenCommand(dataDir, role, List.copyOf(departments), name, Duration.ofHours(hours));
    }

    String mint() {
        return DevTokens.persistentIn(dataDir.resolve("keys")).token(subject, List.of(role), departments, lifetime);
    }

    private static void requireRole(String role, List<String> departments) {
        if (role == null || !ROLES.contains(role)) {
            throw new StackException("--role must be one of " + ROLES + ", not " + role + "\n" + USAGE);
        }
        if (DEPARTMENT_ROLES.contains(role) && departments.isEmpty()) {
            throw new StackException(role + " acts for its own departments: give at least one --department");
        }
    }

    private static String department(String code) {
        if (!code.matches(DEPARTMENT_CODE)) {
            throw new StackException("--department must be 2-32 characters of A-Z, 0-9, _ or -, not '" + code + "'");
        }
        return code;
    }

    private static long hours(String text) {
        try {
            long hours = Long.parseLong(text);
            if (hours < 1 || hours > 24 * 366) {
                throw new NumberFormatException();
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new StackException("--hours needs a whole number of hours from 1 to 8784, not '" + text + "'");
        }
    }
}
