package io.followthrough.review.importing;

import io.followthrough.review.FindingKind;
import io.followthrough.review.ReviewType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The other shapes of review councils act on, each as Word and as the PDF LibreOffice makes of it: every one comes
 * out in the structure a plan lead works with, and says what kind of review it is.
 */
class ReviewShapesImportTest {

    private final ReviewImporter importer = TestImportConfig.standardImporter();

    private ReviewDraft draft(String shape, String format) {
        byte[] content = format.equals("docx") ? ReviewShapes.wordDocuments().get(shape).get()
                : Renderings.resource(shape + ".pdf");
        return importer.draft(shape + "." + format, content);
    }

    private static List<String> texts(DraftTheme theme, FindingKind kind) {
        return theme.findings().stream().filter(f -> f.kind() == kind)
                .map(f -> Drafts.whitespaceAside(f.text())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf"})
    void takesWhatNeedsToImproveInAnOfstedReportAsAreasUnderOneThemeAndLeavesTheNarrativeToPlace(String format) {
        ReviewDraft draft = draft(ReviewShapes.OFSTED, format);

        assertEquals(List.of("What needs to improve in this local authority?"),
                draft.themes().stream().map(DraftTheme::title).toList());
        assertEquals(ReviewShapes.OFSTED_IMPROVEMENTS,
                texts(draft.themes().get(0), FindingKind.AREA_FOR_CONSIDERATION));
        assertEquals(List.of(), texts(draft.themes().get(0), FindingKind.STRENGTH));
        assertTrue(draft.unplaced().stream().anyMatch(u -> u.text().startsWith("The virtual school is well led")),
                draft.unplaced().toString());
        assertEquals(ReviewType.OFSTED_INSPECTION, draft.metadata().type());
        assertEquals("Inspection of Eastmoor Borough Council children's social care services", draft.metadata().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf"})
    void takesAnLgaPeerChallengesKeyRecommendationsAsAreasAndItsFeedbackSectionsAsThemes(String format) {
        ReviewDraft draft = draft(ReviewShapes.LGA, format);

        List<String> themes = new ArrayList<>(List.of("2 Key recommendations"));
        for (int t = 0; t < ReviewShapes.LGA_THEMES.size(); t++) {
            themes.add("4." + (t + 1) + " " + ReviewShapes.LGA_THEMES.get(t));
        }
        assertEquals(themes, draft.themes().stream().map(t -> t.number() + " " + t.title()).toList());
        assertEquals(ReviewShapes.LGA_RECOMMENDATIONS,
                texts(draft.themes().get(0), FindingKind.AREA_FOR_CONSIDERATION));
        assertTrue(draft.unplaced().stream().anyMatch(u -> u.text().startsWith("There are a number of observations")));
        assertTrue(draft.unplaced().stream().anyMatch(u -> u.text().startsWith("Progress at key stage 4")));
        assertEquals(ReviewType.LGA_PEER_CHALLENGE, draft.metadata().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf"})
    void readsANavshReviewOfFourCoreThemesWithStrengthsAndAreasForDevelopment(String format) {
        ReviewDraft draft = draft(ReviewShapes.NAVSH_CORE_THEMES, format);

        assertEquals(ReviewShapes.NAVSH_THEMES, draft.themes().stream().map(DraftTheme::title).toList());
        assertEquals(List.of(2, 1, 1, 1), draft.themes().stream()
                .map(t -> texts(t, FindingKind.STRENGTH).size()).toList());
        assertEquals(List.of(2, 2, 1, 2), draft.themes().stream()
                .map(t -> texts(t, FindingKind.AREA_FOR_CONSIDERATION).size()).toList());
        assertEquals("Capture the child's voice consistently in every PEP.",
                texts(draft.themes().get(1), FindingKind.AREA_FOR_CONSIDERATION).get(1));
        assertEquals(List.of(), draft.unplaced());
        assertEquals(ReviewShapes.NAVSH_THEMES, draft.metadata().scope());
        assertEquals(ReviewType.NAVSH_PEER_REVIEW, draft.metadata().type());
    }

    @Test
    void takesEachRowOfAnAuditsRecommendationsTableAsAnAreaWithItsPriorityOwnerAndDate() {
        ReviewDraft draft = draft(ReviewShapes.AUDIT, "docx");

        assertEquals(List.of("Recommendations and management responses"),
                draft.themes().stream().map(DraftTheme::title).toList());
        List<DraftFinding> areas = draft.themes().get(0).findings();
        assertEquals(ReviewShapes.AUDIT_ROWS.stream().map(row -> row.get(2)).toList(),
                areas.stream().map(DraftFinding::text).toList());
        assertTrue(areas.stream().allMatch(f -> f.kind() == FindingKind.AREA_FOR_CONSIDERATION));
        DraftFinding.Proposal first = areas.get(0).proposal();
        assertAll(
                () -> assertEquals("High", first.priority()),
                () -> assertEquals("Virtual School Head", first.owner()),
                () -> assertEquals(LocalDate.of(2025, 7, 31), first.targetDate()),
                () -> assertTrue(first.response().startsWith("Agreed. A termly reconciliation")),
                () -> assertEquals(List.of("High", "High", "Medium", "Medium", "Low"),
                        areas.stream().map(f -> f.proposal().priority()).toList()),
                () -> assertEquals(LocalDate.of(2025, 12, 31), areas.get(3).proposal().targetDate()));
        assertEquals(ReviewType.INTERNAL_AUDIT, draft.metadata().type());
    }

    @Test
    void readsTheRecommendationsTableOfAnAuditFromThePdfByItsBorders() {
        ReviewDraft draft = draft(ReviewShapes.AUDIT, "pdf");

        assertEquals(List.of("Recommendations and management responses"),
                draft.themes().stream().map(DraftTheme::title).toList());
        List<DraftFinding> areas = draft.themes().get(0).findings();
        assertEquals(ReviewShapes.AUDIT_ROWS.stream().map(row -> row.get(2)).toList(),
                areas.stream().map(f -> Drafts.whitespaceAside(f.text())).toList());
        assertEquals("Virtual School Head", areas.get(0).proposal().owner());
        assertEquals(LocalDate.of(2025, 7, 31), areas.get(0).proposal().targetDate());
        assertEquals(LocalDate.of(2025, 10, 31), areas.get(2).proposal().targetDate());
        assertEquals(ReviewType.INTERNAL_AUDIT, draft.metadata().type());
        assertTrue(draft.unplaced().stream().noneMatch(u -> u.text().contains("Reconcile")), draft.unplaced().toString());
    }

    @Test
    void readsTargetDatesAsAuditTablesWriteThem() {
        assertAll(
                () -> assertEquals(LocalDate.of(2025, 6, 30), RecommendationTable.date("30 June 2025")),
                () -> assertEquals(LocalDate.of(2025, 6, 30), RecommendationTable.date("30th Jun 2025")),
                () -> assertEquals(LocalDate.of(2025, 3, 4), RecommendationTable.date("04/03/2025")),
                () -> assertEquals(LocalDate.of(2025, 9, 30), RecommendationTable.date("September 2025")),
                () -> assertEquals(null, RecommendationTable.date("Q3 2025/26")),
                () -> assertEquals(null, RecommendationTable.date("31/02/2025")));
    }

    @Test
    void detectsTheSeedLetterAsANavshPeerReview() {
        assertEquals(ReviewType.NAVSH_PEER_REVIEW,
                importer.draft("letter.md", SeedLetter.markdownBytes()).metadata().type());
    }
}
