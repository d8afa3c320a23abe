package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method or constructor of the production code is longer than {@value #MAX_LINES} lines, from its declaration to
 * its closing brace (ARCHITECTURE.md, "Code style anchors"): a longer one does several things and hides their names.
 * The code is formatted consistently (SourceFormatTest), so a declaration's closing brace is the first line after it
 * at the declaration's own indentation; that is all this check needs, no Java parser.
 */
class MethodLengthTest {

    static final int MAX_LINES = 40;

    private static final Path PROJECT = Path.of(System.getProperty("perfeval.project.dir", "..")).toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".local-stack", "node_modules");
    /** A line opening a method or constructor: modifiers, maybe type parameters and a type, a name, "(". */
    private static final Pattern DECLARATION = Pattern.compile(
            "^( +)(?:@[\\w.]+(?:\\([^)]*\\))? +)*(?:(?:public|protected|private|static|final|synchronized|abstract|default|native) +)*"
                    + "(?:<[^>]+> +)?(?:[\\w.]+(?:<.*>)?(?:\\[\\])* +)?([a-zA-Z_]\\w*) *\\(.*");
    private static final Set<String> NOT_A_NAME = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "return", "new", "throw", "else", "try", "do", "case", "assert", "super", "this", "yield");
    private static final Set<String> TYPE_KEYWORDS = Set.of("record", "class", "interface", "enum");

    @Test
    void noMethodIsLongerThanTheLimit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PROJECT)) {
            files.filter(MethodLengthTest::isProductionJava).forEach(file -> tooLong.addAll(
                    longMethods(PROJECT.relativize(file).toString(), read(file))));
        }
        assertThat(tooLong).as("methods over " + MAX_LINES + " lines: split them into steps with names").isEmpty();
    }

    @Test
    void theCheckFindsALongMethodAndOnlyThat() {
        StringBuilder source = new StringBuilder("class A {\n    private static int shortOne(int a) {\n        return a;\n    }\n\n"
                + "    public List<String> longOne(\n            int a) {\n");
        for (int i = 0; i < MAX_LINES - 2; i++) {
            source.append("        a++;\n");
        }
        source.append("    }\n\n    record R(int a) {\n        R {\n            a = 1;\n        }\n    }\n}\n");
        assertThat(longMethods("A.java", List.of(source.toString().split("\n", -1))))
                .containsExactly("A.java:6 longOne: 41 lines");
        assertThat(longMethods("B.java", List.of("class B {", "    void a() {", "        run(x -> {", "        });", "    }", "}")))
                .isEmpty();
    }

    static List<String> longMethods(String where, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher declaration = DECLARATION.matcher(lines.get(i));
            if (!declaration.matches() || !isDeclaration(lines.get(i), declaration.group(2))) {
                continue;
            }
            int open = bodyStart(lines, i);
            if (open < 0) {
                continue;
            }
            int close = lines.subList(open + 1, lines.size()).indexOf(declaration.group(1) + "}");
            if (close < 0) {
                continue;
            }
            int length = open + 1 + close - i + 1;
            if (length > MAX_LINES) {
                found.add(where + ":" + (i + 1) + " " + declaration.group(2) + ": " + length + " lines");
            }
        }
        return found;
    }

    private static boolean isDeclaration(String line, String name) {
        String beforeParenthesis = line.substring(0, line.indexOf('(')).trim();
        String firstWord = beforeParenthesis.split(" ")[0];
        return !NOT_A_NAME.contains(name) && !NOT_A_NAME.contains(firstWord)
                && TYPE_KEYWORDS.stream().noneMatch(keyword -> (" " + beforeParenthesis + " ").contains(" " + keyword + " "))
                && !beforeParenthesis.contains("=") && !beforeParenthesis.contains("->")
                && !beforeParenthesis.endsWith("." + name) && !line.trim().startsWith("//") && !line.trim().startsWith("*");
    }

    /** The line whose end opens the body ({), or -1 when the declaration ends with ; first (abstract, a call). */
    private static int bodyStart(List<String> lines, int from) {
        for (int j = from; j < lines.size() && j < from + 10; j++) {
            String end = lines.get(j).stripTrailing();
            if (end.endsWith("{")) {
                return j;
            }
            if (end.endsWith(";") || end.endsWith("}")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isProductionJava(Path file) {
        Path relative = PROJECT.relativize(file);
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        return file.toString().endsWith(".java") && relative.toString().contains("src/main/java/");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
