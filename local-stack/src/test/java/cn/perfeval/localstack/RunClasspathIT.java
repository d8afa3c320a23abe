package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * run.sh starts the launcher on {@code target/classes} plus {@code target/classpath.txt} (the runtime scope, written
 * at package), not on the test classpath the ITs use. A dependency declared test-scoped here once took the workbench
 * gateway's Vert.x off that classpath and run.sh failed at start while every IT passed. So: every class of the
 * launcher and of the workbench gateway it starts, with the types of its fields, methods and constructors, loads
 * from run.sh's classpath alone.
 */
class RunClasspathIT {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyLauncherClassLoadsFromRunShsClasspathAlone() throws IOException, ClassNotFoundException {
        List<String> unloadable = new ArrayList<>();
        try (URLClassLoader runtime = new URLClassLoader(runClasspath(), ClassLoader.getPlatformClassLoader())) {
            for (String name : launcherClasses()) {
                try {
                    Class<?> type = Class.forName(name, false, runtime);
                    type.getDeclaredFields();
                    type.getDeclaredMethods();
                    type.getDeclaredConstructors();
                } catch (LinkageError e) {
                    unloadable.add(name + ": " + e);
                }
            }
        }
        assertThat(unloadable).as("classes run.sh cannot load").isEmpty();
    }

    private static List<Path> runClasspathEntries() throws IOException {
        List<Path> entries = new ArrayList<>(List.of(CLASSES));
        for (String entry : Files.readString(Path.of("target/classpath.txt")).trim().split(java.io.File.pathSeparator)) {
            entries.add(Path.of(entry));
        }
        return entries;
    }

    private static URL[] runClasspath() throws IOException {
        return runClasspathEntries().stream().map(RunClasspathIT::url).toArray(URL[]::new);
    }

    private static List<String> launcherClasses() throws IOException {
        List<String> names = new ArrayList<>(classNames(CLASSES));
        Path gateway = runClasspathEntries().stream()
                .filter(entry -> entry.getFileName().toString().matches("workbench(-[0-9].*)?\\.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("the workbench gateway is not on run.sh's classpath"));
        try (FileSystem jar = FileSystems.newFileSystem(gateway)) {
            names.addAll(classNames(jar.getPath("/")));
        }
        return names;
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString).filter(file -> file.endsWith(".class"))
                    .filter(file -> !file.startsWith("META-INF"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.')).toList();
        }
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
