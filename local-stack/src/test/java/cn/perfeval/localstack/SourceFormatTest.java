package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the repository's {@code .editorconfig} for its text files: UTF-8, LF line ends, no tab, no trailing
 * whitespace, a final newline. The Maven wrapper scripts and CSV test tables are exempt there and here.
 */
class SourceFormatTest {

    private static final Path PROJECT = Path.of(System.getProperty("perfeval.project.dir", "..")).toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".local-stack", ".mvn", "node_modules");
    private static final Set<String> CHECKED_EXTENSIONS = Set.of("java", "xml", "properties", "md", "sh", "yaml", "yml",
            "json", "sql", "html", "txt", "jvm", "editorconfig", "gitignore");
    private static final Set<String> CHECKED_NAMES = Set.of("run", "run.sh", "test.sh");

    @Test
    void everyTextFileFollowsTheEditorConfig() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PROJECT)) {
            files.filter(SourceFormatTest::checked).forEach(file -> problems.addAll(problems(file)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theEditorConfigItselfIsChecked() {
        assertThat(checked(PROJECT.resolve(".editorconfig"))).isTrue();
        assertThat(problemsIn("a.java", "class A {\n\tint a; \n}")).containsExactly(
                "a.java:2: tab", "a.java:2: trailing whitespace", "a.java: no final newline");
        assertThat(problemsIn("b.md", "line\r\n")).containsExactly("b.md:1: CR line end");
    }

    private static boolean checked(Path file) {
        Path relative = PROJECT.relativize(file);
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return Files.isRegularFile(file) && (CHECKED_EXTENSIONS.contains(extension) || CHECKED_NAMES.contains(name));
    }

    private static List<String> problems(Path file) {
        String where = PROJECT.relativize(file).toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return problemsIn(where, text);
        } catch (CharacterCodingException e) {
            return List.of(where + ": not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> problemsIn(String where, String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) {
                problems.add(where + ":" + (i + 1) + ": CR line end");
                line = line.substring(0, line.length() - 1);
            }
            if (line.indexOf('\t') >= 0) {
                problems.add(where + ":" + (i + 1) + ": tab");
            }
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                problems.add(where + ":" + (i + 1) + ": trailing whitespace");
            }
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            problems.add(where + ": no final newline");
        }
        return problems;
    }
}
