package io.followthrough.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The application's own classes as compiled into {@code target/classes}, for tests that hold a rule across all of them. */
public final class CompiledClasses {

    private static final Path ROOT = Path.of("target/classes");

    private CompiledClasses() {
    }

    /** Every class of the application annotated with {@code annotation}, loaded without being initialised. */
    public static List<Class<?>> annotatedWith(Class<? extends Annotation> annotation) {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("io/followthrough"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = ROOT.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, CompiledClasses.class.getClassLoader());
                if (type.isAnnotationPresent(annotation)) {
                    found.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A compiled class cannot be loaded", e);
        }
        return found;
    }
}
