package io.followthrough.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.followthrough.platform.PersonalData;
import io.followthrough.review.FindingKind;
import io.followthrough.review.importing.DraftTheme;
import io.followthrough.review.importing.ReviewDraft;
import io.followthrough.review.importing.ReviewImporter;
import io.followthrough.review.importing.TestImportConfig;
import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo is the seed documents, read faithfully, and a plan that keeps the rules the app enforces. */
class DemoFilesTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private byte[] bytes(String resource) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private ReviewDraft nottinghamshire() throws Exception {
        ReviewImporter importer = new ReviewImporter(new TestImportConfig(new MemorySize(BigInteger.valueOf(20_000_000)),
                Duration.ofSeconds(30)));
        return importer.draft("nottinghamshire-peer-challenge.md", bytes("demo/nottinghamshire-peer-challenge.md"));
    }

    @Test
    void theNottinghamshireLetterImportsWithItsScopeAndSixThemesInOrder() throws Exception {
        ReviewDraft review = nottinghamshire();
        assertEquals("Nottinghamshire", review.metadata().organisation());
        assertEquals(5, review.metadata().scope().size(), "the main question and four key questions");
        assertEquals(List.of("3.1", "3.2", "3.3", "3.4", "3.5", "3.6"),
                review.themes().stream().map(DraftTheme::number).toList());
    }

    @Test
    void everyAreaOfTheLetterIsAnsweredByAnActionOrByAReasonForNoAction() throws Exception {
        ReviewDraft review = nottinghamshire();
        DemoData.PlanFile plan = json.readValue(bytes("demo/nottinghamshire-plan.json"), DemoData.PlanFile.class);
        List<String> unanswered = new java.util.ArrayList<>();
        for (DraftTheme theme : review.themes()) {
            List<String> answered = plan.actions().stream().filter(a -> a.theme().equals(theme.number()))
                    .flatMap(a -> a.areas().stream()).toList();
            theme.findings().stream().filter(f -> f.kind() == FindingKind.AREA_FOR_CONSIDERATION)
                    .map(f -> f.text().replaceAll("\\s+", " "))
                    .filter(text -> answered.stream().noneMatch(text::startsWith))
                    .filter(text -> plan.noAction().stream().noneMatch(n -> text.startsWith(n.area())))
                    .forEach(text -> unanswered.add(theme.number() + ": " + text.substring(0, Math.min(60, text.length()))));
        }
        assertTrue(unanswered.isEmpty(), "Areas with neither an action nor a reason for none:\n"
                + String.join("\n", unanswered));
        plan.noAction().forEach(n -> assertFalse(n.reason() == null || n.reason().isBlank(), n.area()));
    }

    @Test
    void theMiddlesbroughReviewHasItsFourCoreThemes() throws Exception {
        DemoData.ReviewFile review = json.readValue(bytes("demo/middlesbrough-review.json"), DemoData.ReviewFile.class);
        assertEquals("Middlesbrough", review.organisation());
        assertEquals(4, review.themes().size());
    }

    @Test
    void everyAreaTheDemoPlanAnswersIsAnAreaOfTheImportedLetter() throws Exception {
        ReviewDraft review = nottinghamshire();
        DemoData.PlanFile plan = json.readValue(bytes("demo/nottinghamshire-plan.json"), DemoData.PlanFile.class);
        assertTrue(plan.actions().size() >= 10, "about a dozen actions");
        assertEquals(1, plan.actions().stream().filter(a -> a.rag() == io.followthrough.plan.action.Rag.RED).count());
        for (DemoData.ActionFile action : plan.actions()) {
            DraftTheme theme = review.themes().stream().filter(t -> t.number().equals(action.theme()))
                    .findFirst().orElseThrow();
            assertFalse(action.areas().isEmpty(), action.title());
            for (String start : action.areas()) {
                assertEquals(1, theme.findings().stream()
                        .filter(f -> f.kind() == FindingKind.AREA_FOR_CONSIDERATION)
                        .filter(f -> f.text().replaceAll("\\s+", " ").startsWith(start)).count(),
                        action.title() + " answers '" + start + "'");
            }
            if (action.rag().requiresReason()) {
                assertFalse(action.ragReason() == null || action.ragReason().isBlank(), action.title());
            }
            assertTrue(PersonalData.problemWith(action.title() + " " + action.description()).isEmpty());
        }
    }
}
