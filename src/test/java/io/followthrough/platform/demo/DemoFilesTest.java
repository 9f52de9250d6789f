package io.followthrough.platform.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.followthrough.platform.PersonalData;
import io.followthrough.review.FindingKind;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo is the seed documents entered faithfully, and a plan that keeps the rules the app enforces. */
class DemoFilesTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private <T> T read(String resource, Class<T> type) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return json.readValue(in, type);
        }
    }

    @Test
    void theNottinghamshireReviewHasItsScopeAndSixThemesInOrder() throws Exception {
        DemoData.ReviewFile review = read("demo/nottinghamshire-review.json", DemoData.ReviewFile.class);
        assertEquals("Nottinghamshire", review.organisation());
        assertEquals(5, review.scope().size(), "the main question and four key questions");
        assertEquals(List.of("3.1", "3.2", "3.3", "3.4", "3.5", "3.6"),
                review.themes().stream().map(DemoData.ThemeFile::number).toList());
        assertEquals("How effective is the Nottinghamshire Virtual School in building capacity in a school led "
                + "system and in working in partnership with others?", review.themes().get(1).title());
        for (DemoData.ThemeFile theme : review.themes()) {
            assertTrue(theme.findings().stream().anyMatch(f -> f.kind() == FindingKind.STRENGTH), theme.number());
            assertTrue(theme.findings().stream().anyMatch(f -> f.kind() == FindingKind.AREA_FOR_CONSIDERATION),
                    theme.number());
        }
    }

    @Test
    void theMiddlesbroughReviewHasItsFourCoreThemes() throws Exception {
        DemoData.ReviewFile review = read("demo/middlesbrough-review.json", DemoData.ReviewFile.class);
        assertEquals("Middlesbrough", review.organisation());
        assertEquals(4, review.themes().size());
    }

    @Test
    void theDemoPlanKeepsTheRulesOfAPlan() throws Exception {
        DemoData.ReviewFile review = read("demo/nottinghamshire-review.json", DemoData.ReviewFile.class);
        DemoData.PlanFile plan = read("demo/nottinghamshire-plan.json", DemoData.PlanFile.class);
        assertTrue(plan.actions().size() >= 10, "about a dozen actions");
        assertEquals(1, plan.actions().stream().filter(a -> a.rag() == io.followthrough.plan.action.Rag.RED).count());
        for (DemoData.ActionFile action : plan.actions()) {
            DemoData.ThemeFile theme = review.themes().stream().filter(t -> t.number().equals(action.theme()))
                    .findFirst().orElseThrow();
            long areas = theme.findings().stream().filter(f -> f.kind() == FindingKind.AREA_FOR_CONSIDERATION).count();
            assertFalse(action.areas().isEmpty(), action.title());
            action.areas().forEach(i -> assertTrue(i < areas, action.title() + " answers area " + i));
            if (action.rag().requiresReason()) {
                assertFalse(action.ragReason() == null || action.ragReason().isBlank(), action.title());
            }
            assertTrue(PersonalData.problemWith(action.title() + " " + action.description()).isEmpty());
        }
    }
}
