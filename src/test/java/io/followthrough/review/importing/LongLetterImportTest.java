package io.followthrough.review.importing;

import io.followthrough.review.FindingKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 60-finding letter the correction page is tried on imports as it was written. */
class LongLetterImportTest {

    @Test
    void readsSixtyFindingsInEightThemesAndLeavesOneParagraphToPlace() {
        ReviewDraft draft = TestImportConfig.standardImporter().draft("long.md", LongLetter.markdown("Ref: 1"));

        assertEquals(LongLetter.THEMES.stream().map(t -> t.number() + " " + t.title()).toList(),
                draft.themes().stream().map(t -> t.number() + " " + t.title()).toList());
        for (int t = 0; t < LongLetter.THEMES.size(); t++) {
            DraftTheme theme = draft.themes().get(t);
            int themeIndex = t;
            List<String> strengths = theme.findings().stream().filter(f -> f.kind() == FindingKind.STRENGTH)
                    .map(f -> Drafts.whitespaceAside(f.text())).toList();
            List<String> areas = theme.findings().stream().filter(f -> f.kind() == FindingKind.AREA_FOR_CONSIDERATION)
                    .map(f -> Drafts.whitespaceAside(f.text())).toList();
            assertEquals(IntStream.range(0, LongLetter.THEMES.get(t).strengths())
                    .mapToObj(i -> LongLetter.finding(themeIndex, true, i)).toList(), strengths);
            assertEquals(IntStream.range(0, LongLetter.THEMES.get(t).areas())
                    .mapToObj(i -> LongLetter.finding(themeIndex, false, i)).toList(), areas);
        }
        assertEquals(LongLetter.FINDINGS, draft.themes().stream().mapToInt(t -> t.findings().size()).sum());
        assertEquals(List.of(LongLetter.UNPLACED), draft.unplaced().stream().map(u -> Drafts.whitespaceAside(u.text())).toList());
    }
}
