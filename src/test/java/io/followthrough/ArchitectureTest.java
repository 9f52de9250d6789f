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

    @Test
    void theReviewKnowsNothingOfThePlansThatAnswerIt() throws IOException {
        assertEquals(List.of(), usesOf("review", "plan"));
        assertEquals(List.of(), usesOf("review", "report"));
    }

    @Test
    void nothingBeforeTheReportUsesIt() throws IOException {
        for (String feature : List.of("review", "plan", "term", "people", "platform")) {
            assertEquals(List.of(), usesOf(feature, "report"), feature);
        }
    }

    @Test
    void thePlatformUnderneathUsesNoFeature() throws IOException {
        for (String feature : List.of("review", "plan", "term", "people", "report", "reminder", "home", "demo")) {
            assertEquals(List.of(), usesOf("platform", feature), feature);
        }
    }
}
