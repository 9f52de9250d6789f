package io.followthrough.review.importing;

import io.followthrough.review.FindingKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reviews that are laid out differently from the seed letter. */
class DocumentStructureTest {

    private final ReviewImporter importer = TestImportConfig.standardImporter();

    @Test
    void givesOneThemeAndAllTheTextUnplacedWhenTheDocumentHasNoStructure() {
        String text = """
                Notes from the visit

                We met the designated teachers and heard how they use the personal education plans.
                Several said the termly meetings help.

                The team would like more training for governors.
                """;
        ReviewDraft draft = importer.draft("notes.txt", text.getBytes(StandardCharsets.UTF_8));

        assertEquals(1, draft.themes().size());
        assertNull(draft.themes().get(0).number());
        assertEquals(ReviewTextParser.DEFAULT_THEME_TITLE, draft.themes().get(0).title());
        assertTrue(draft.themes().get(0).findings().isEmpty());
        assertEquals(List.of("Notes from the visit",
                        "We met the designated teachers and heard how they use the personal education plans. "
                                + "Several said the termly meetings help.",
                        "The team would like more training for governors."),
                draft.unplaced().stream().map(UnplacedText::text).toList());
        assertEquals(List.of("u1", "u2", "u3"), draft.unplaced().stream().map(UnplacedText::id).toList());
        assertEquals(Drafts.words(text), Drafts.accountedWords(draft));
    }

    @Test
    void readsThemesFromMarkdownHeadingsWhenTheyAreNotNumbered() {
        String text = """
                # Review of the Virtual School

                ## Findings

                ### Leadership and governance

                **Strengths**

                * The head is well respected.

                **Areas for development**

                * Publish the annual report on time.
                * Agree terms of reference for the governing board.

                ### Education of children in care

                Strengths:

                - Attendance is improving.

                ## Next steps

                We will meet again in the autumn.
                """;
        ReviewDraft draft = importer.draft("review.md", text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("Leadership and governance", "Education of children in care"),
                draft.themes().stream().map(DraftTheme::title).toList());
        assertEquals(List.of(FindingKind.STRENGTH, FindingKind.AREA_FOR_CONSIDERATION,
                        FindingKind.AREA_FOR_CONSIDERATION),
                draft.themes().get(0).findings().stream().map(DraftFinding::kind).toList());
        assertEquals("Agree terms of reference for the governing board.",
                draft.themes().get(0).findings().get(2).text());
        assertEquals("Attendance is improving.", draft.themes().get(1).findings().get(0).text());
        assertTrue(draft.unplaced().isEmpty());
        assertEquals("Review of the Virtual School", draft.metadata().title());
    }

    @Test
    void takesThemeNumbersFromWordListNumbering() {
        byte[] word = WordDocuments.numberedHeadings(List.of("Background", "Process"), "Detailed findings",
                List.of("Headline strengths", "Partnership working"), List.of("Schools value the team."));
        ReviewDraft draft = importer.draft("letter.docx", word);

        assertEquals(List.of("3.1", "3.2"), draft.themes().stream().map(DraftTheme::number).toList());
        assertEquals(List.of("Headline strengths", "Partnership working"),
                draft.themes().stream().map(DraftTheme::title).toList());
        assertEquals("Schools value the team.", draft.themes().get(1).findings().get(0).text());
        assertTrue(draft.lines().stream().anyMatch(line -> line.text().equals("3. Detailed findings")));
    }

    @Test
    void keepsTextBeforeTheFirstThemeAsUnplaced() {
        String text = """
                3. Findings

                The team looked at five areas.

                3.1 Leadership
                Strengths
                - Clear vision.
                """;
        ReviewDraft draft = importer.draft("letter.txt", text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("The team looked at five areas."),
                draft.unplaced().stream().map(UnplacedText::text).toList());
        assertEquals("Clear vision.", draft.themes().get(0).findings().get(0).text());
    }
}
