package io.followthrough;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The packages follow the flow review → plan → termly review → report: no arrow back up. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/io/followthrough");

    private static List<String> usesOf(String feature, String used) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(feature))) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains("io.followthrough." + used + ".");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(f -> MAIN.relativize(f).toString()).sorted().toList();
        }
    }

    /**
     * The features in the order of the work, with what they all stand on first: each may use those before it and
     * none after it (the README's "Which package may use which").
     */
    private static final List<String> FLOW = List.of("platform", "people", "review", "term", "plan", "termlyreview",
            "report", "reminder", "home", "demo");

    @Test
    void everyFeatureUsesOnlyThoseBeforeItInTheFlow() throws IOException {
        for (int i = 0; i < FLOW.size(); i++) {
            for (String later : FLOW.subList(i + 1, FLOW.size())) {
                assertEquals(List.of(), usesOf(FLOW.get(i), later), FLOW.get(i) + " uses " + later);
            }
        }
    }

    @Test
    void everyPackageIsPlacedInTheFlow() throws IOException {
        try (Stream<Path> top = Files.list(MAIN)) {
            assertEquals(FLOW.stream().sorted().toList(),
                    top.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void testsMirrorTheMainPackages() throws IOException {
        Path tests = Path.of("src/test/java/io/followthrough");
        List<String> shared = List.of("support", "benchmark");
        try (Stream<Path> dirs = Files.walk(tests)) {
            List<String> strays = dirs.filter(Files::isDirectory).map(tests::relativize).map(Path::toString)
                    .filter(d -> !d.isEmpty() && shared.stream().noneMatch(d::startsWith))
                    .filter(d -> !Files.isDirectory(MAIN.resolve(d))).sorted().toList();
            assertEquals(List.of(), strays, "test packages with no main package of the same name");
        }
    }
}
