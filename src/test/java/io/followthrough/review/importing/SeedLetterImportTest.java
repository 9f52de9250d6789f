package io.followthrough.review.importing;

import io.followthrough.review.FindingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The NAVSH letter to Nottinghamshire, imported from each format a plan lead might have it in. */
class SeedLetterImportTest {

    enum Format {
        MARKDOWN("peer-challenge.md", SeedLetter::markdownBytes),
        PLAIN_TEXT("peer-challenge.txt", SeedLetter::plainText),
        WORD("peer-challenge.docx", WordDocuments::seedLetter),
        PDF("peer-challenge.pdf", PdfDocuments::seedLetter),
        PDF_DASHES("peer-challenge-dashes.pdf", PdfDocuments::seedLetterWithDashes),
        WORD_LIST_NUMBERING("peer-challenge-numbered.docx", WordDocuments::seedLetterWithListNumbering),
        WORD_LIST_STYLES("peer-challenge-list-styles.docx", WordDocuments::seedLetterWithListStyles),
        WORD_TYPED_BULLETS("peer-challenge-typed.docx", WordDocuments::seedLetterWithTypedBullets),
        CHROMIUM_PDF("peer-challenge-browser.pdf", () -> Renderings.resource(Renderings.SEED_CHROMIUM)),
        LIBREOFFICE_PDF("peer-challenge-office.pdf", () -> Renderings.resource(Renderings.SEED_LIBREOFFICE)),
        LIBREOFFICE_LIST_STYLES_PDF("peer-challenge-office-styles.pdf",
                () -> Renderings.resource(Renderings.SEED_LIBREOFFICE_LIST_STYLES));

        final String fileName;
        final Supplier<byte[]> content;

        Format(String fileName, Supplier<byte[]> content) {
            this.fileName = fileName;
            this.content = content;
        }

        boolean paged() {
            return fileName.endsWith(".pdf");
        }
    }

    private static final Map<String, String> THEMES = new LinkedHashMap<>();
    private static final Map<String, List<Integer>> STRENGTHS_AND_AREAS = new LinkedHashMap<>();

    static {
        THEMES.put("3.1", "Headline Strengths and Areas for Consideration");
        THEMES.put("3.2", "How effective is the Nottinghamshire Virtual School in building capacity in a school led "
                + "system and in working in partnership with others?");
        THEMES.put("3.3", "How effectively are all partnerships represented within the Virtual School's Improvement "
                + "Plan? Are the collaborative priorities the right areas of focus? Is progress against priorities "
                + "evidenced?");
        THEMES.put("3.4", "In a sector led school system, is there evidence of schools accepting and embracing their "
                + "role and responsibility towards LAC?");
        THEMES.put("3.5", "How has capacity to meet the needs of LAC been developed to date across all four phases "
                + "and with particular reference to early years and post 16 delivery/provision moving forwards?");
        THEMES.put("3.6", "How effectively is the LAC Pupil Premium used to secure outcomes?");
        STRENGTHS_AND_AREAS.put("3.1", List.of(4, 5));
        STRENGTHS_AND_AREAS.put("3.2", List.of(5, 6));
        STRENGTHS_AND_AREAS.put("3.3", List.of(6, 4));
        STRENGTHS_AND_AREAS.put("3.4", List.of(4, 3));
        STRENGTHS_AND_AREAS.put("3.5", List.of(4, 3));
        // "Other issues raised in relation to PEPs" lists five more areas under 3.6's areas for consideration.
        STRENGTHS_AND_AREAS.put("3.6", List.of(7, 8));
    }

    private static final Set<String> KIND_HEADINGS = Set.of("Strengths", "Areas for consideration",
            "Areas for Consideration");
    private static final Map<Format, ReviewDraft> DRAFTS = new EnumMap<>(Format.class);

    private static synchronized ReviewDraft draft(Format format) {
        return DRAFTS.computeIfAbsent(format,
                f -> TestImportConfig.standardImporter().draft(f.fileName, f.content.get()));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsTheSixThemesWithTheirNumbersAndFullTitles(Format format) {
        Map<String, String> themes = new LinkedHashMap<>();
        draft(format).themes().forEach(theme -> themes.put(theme.number(), theme.title()));
        assertEquals(THEMES, themes);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void countsTheStrengthsAndAreasForConsiderationOfEachTheme(Format format) {
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        for (DraftTheme theme : draft(format).themes()) {
            counts.put(theme.number(), List.of(count(theme, FindingKind.STRENGTH),
                    count(theme, FindingKind.AREA_FOR_CONSIDERATION)));
        }
        assertEquals(STRENGTHS_AND_AREAS, counts);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void leavesNothingUnplacedSoTheLetterCanBeConfirmedAtOnce(Format format) {
        assertEquals(List.of(), draft(format).unplaced().stream().map(UnplacedText::text).toList());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void keepsTheLeadInOfAListWithTheListItIntroduces(Format format) {
        DraftFinding examples = finding(format, "Other issues raised in relation to PEPs:");
        assertEquals(FindingKind.AREA_FOR_CONSIDERATION, examples.kind());
        assertEquals("Other issues raised in relation to PEPs: Examples given of PEPs not been completed until the "
                + "day of Reviews so VS staff are unable to look at these in advance",
                Drafts.whitespaceAside(examples.text()));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void accountsForAtLeast999In1000OfTheWordsOfSection3CountedAsTheSeedsWords(Format format) {
        List<String> seed = Drafts.words(SeedLetter.findingsSectionLines());
        List<String> shown = new ArrayList<>(Drafts.accountedWords(draft(format)));
        // Each run of findings of one kind is shown under its kind, as the letter shows it under its heading.
        for (DraftTheme theme : draft(format).themes()) {
            FindingKind previous = null;
            for (DraftFinding finding : theme.findings()) {
                if (finding.kind() != previous) {
                    shown.addAll(Drafts.words(finding.kind() == FindingKind.STRENGTH ? "Strengths"
                            : "Areas for consideration"));
                }
                previous = finding.kind();
            }
        }
        Map<String, Long> available = shown.stream()
                .collect(Collectors.groupingBy(String::toLowerCase, Collectors.counting()));
        long accounted = 0;
        for (String word : seed) {
            Long left = available.get(word.toLowerCase());
            if (left != null && left > 0) {
                available.put(word.toLowerCase(), left - 1);
                accounted++;
            }
        }
        assertTrue(accounted * 1000 >= seed.size() * 999L, accounted + " of " + seed.size() + " words");
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = "MARKDOWN", mode = EnumSource.Mode.EXCLUDE)
    void givesTheSameThemesFindingsAndUnplacedTextAsTheMarkdown(Format format) {
        assertEquals(outline(draft(Format.MARKDOWN)), outline(draft(format)));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void losesNoWordOfTheFindingsSection(Format format) {
        List<String> section = new ArrayList<>();
        for (String line : SeedLetter.findingsSectionLines()) {
            String text = line.strip();
            if (KIND_HEADINGS.contains(text)) {
                continue;
            }
            section.add(text.endsWith("Consideration Strengths")
                    ? text.substring(0, text.length() - " Strengths".length())
                    : text);
        }
        assertEquals(Drafts.words(section), Drafts.accountedWords(draft(format)));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsWhoReviewedWhomAndWhen(Format format) {
        DraftMetadata metadata = draft(format).metadata();
        assertAll(
                () -> assertEquals("Virtual School Peer Challenge (Pilot): Nottinghamshire, June 2017", metadata.title()),
                () -> assertEquals("National Association of Virtual School Heads (NAVSH)", metadata.reviewingBody()),
                () -> assertEquals("Nottinghamshire", metadata.organisation()),
                () -> assertEquals(LocalDate.of(2017, 6, 30), metadata.reportDate()),
                () -> assertEquals(LocalDate.of(2017, 6, 7), metadata.onSiteFrom()),
                () -> assertEquals(LocalDate.of(2017, 6, 8), metadata.onSiteTo()),
                () -> assertEquals("Heather Sandy, Assistant Director, Children's Services, Lincolnshire County Council",
                        metadata.leadReviewer()),
                () -> assertEquals(5, metadata.scope().size()),
                () -> assertEquals(THEMES.get("3.2"), metadata.scope().get(0)),
                () -> assertEquals("How effectively are all partnerships represented within the Virtual Schools "
                        + "Improvement Plan? Are the collaborative priorities the right areas of focus? Is progress "
                        + "against priorities evidenced?", metadata.scope().get(1)),
                () -> assertEquals(THEMES.get("3.6"), metadata.scope().get(4)));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void keepsABulletWholeWhenTheTextBreaksAcrossAPage(Format format) {
        DraftFinding rapidData = finding(format, "A rapidly developing data system");
        assertTrue(Drafts.whitespaceAside(rapidData.text()).contains("live data now available to the team as a "
                + "result of a decision to invest in a data specialist."), rapidData.text());
        assertTrue(rapidData.text().endsWith("to inform conversations with schools about individual pupils."));
        DraftFinding transitions = finding(format, "The VS considers carefully key transitions");
        assertTrue(transitions.text().endsWith("the work of the Children's Commissioner around creating a stability "
                + "index - noting changes to school, social worker as well as care placement."), transitions.text());
    }

    @Test
    void keepsAFindingWholeWhereThePdfPageEndsInsideIt() {
        ReviewDraft pdf = draft(Format.PDF);
        Map<String, String> markdownTexts = draft(Format.MARKDOWN).themes().stream()
                .flatMap(theme -> theme.findings().stream())
                .collect(Collectors.toMap(DraftFinding::id, f -> Drafts.whitespaceAside(f.text())));
        List<DraftFinding> acrossPages = pdf.themes().stream()
                .flatMap(theme -> theme.findings().stream())
                .filter(f -> !pdf.lines().get(f.source().fromLine() - 1).page()
                        .equals(pdf.lines().get(f.source().toLine() - 1).page()))
                .toList();
        assertFalse(acrossPages.isEmpty(), "the fixture should break at least one finding across pages");
        for (DraftFinding finding : acrossPages) {
            assertEquals(markdownTexts.get(finding.id()), Drafts.whitespaceAside(finding.text()));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void keepsSubBulletsAndQuotationsWithTheirFinding(Format format) {
        DraftFinding narrative = finding(format, "There is a clear narrative in the School Improvement Plan");
        assertTrue(narrative.text().endsWith("They are 'Inquisitive, interested and challenging'"), narrative.text());

        DraftFinding socialWorkers = finding(format, "Develop more systematic engagement with social workers");
        assertTrue(socialWorkers.text().contains("include a focus on:\n- awareness: social workers helping schools"),
                socialWorkers.text());
        assertTrue(socialWorkers.text().contains("\n- Consultancy: social workers sharing their professional insights"));

        DraftFinding specialSchools = finding(format, "School led developments have enhanced the PEP process");
        assertTrue(specialSchools.text().contains("\n- We heard that the PEP SEND document was recently redesigned"));
        assertTrue(specialSchools.text().endsWith("more meaningful than before as a result of development work."));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void takesAnIndentedInstructionAsTheNextAreaForConsideration(Format format) {
        DraftTheme sectorLed = theme(format, "3.4");
        DraftFinding last = sectorLed.findings().get(sectorLed.findings().size() - 1);
        assertEquals(FindingKind.AREA_FOR_CONSIDERATION, last.kind());
        assertTrue(last.text().startsWith("Consider further scrutiny and challenge of the LAC curriculum diet"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void keepsTheOtherIssuesRaisedListInItsThemeAndSection(Format format) {
        List<String> areas = theme(format, "3.6").findings().stream()
                .filter(f -> f.kind() == FindingKind.AREA_FOR_CONSIDERATION)
                .map(f -> String.join(" ", Arrays.asList(f.text().split(" ")).subList(0, 4)))
                .toList();
        assertEquals(List.of(
                "Quality assurance of every",
                "Other issues raised in",
                "Ensure that the VS",
                "The VS is not",
                "Consider process changes required",
                "SLT do not feel",
                "SLT has not yet",
                "Consider how the multi"), areas);
        assertTrue(finding(format, "The VS is not yet able to evidence").text()
                .endsWith("Other points raised about PPP\n- Social workers have a limited understanding of how PPP "
                        + "works perhaps some briefing sessions?"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void pointsEachFindingAtTheLinesItCameFrom(Format format) {
        ReviewDraft draft = draft(format);
        for (DraftTheme theme : draft.themes()) {
            for (DraftFinding finding : theme.findings()) {
                SourceLocation source = finding.source();
                String original = draft.lines().subList(source.fromLine() - 1, source.toLine()).stream()
                        .map(SourceLine::text)
                        .collect(Collectors.joining(" "));
                assertEquals(Drafts.words(finding.text()), Drafts.words(original), finding.id());
                if (format.paged()) {
                    assertNotNull(source.page());
                } else {
                    assertNull(source.page());
                }
            }
        }
        assertEquals(List.of("f1", "f2", "f3"), draft.themes().get(0).findings().stream().limit(3)
                .map(DraftFinding::id).toList());
    }

    @Test
    void leavesOutThePdfsRunningHeaderAndPageNumbers() {
        ReviewDraft pdf = draft(Format.PDF);
        assertTrue(pdf.lines().stream().map(SourceLine::page).distinct().count() > 3);
        assertTrue(pdf.lines().stream().noneMatch(line -> line.text().contains(PdfDocuments.RUNNING_HEADER)
                || line.text().matches("Page \\d+ of \\d+")));
    }

    @Test
    void leavesOutTheRunningHeaderAndFooterABrowserPrints() {
        ReviewDraft pdf = draft(Format.CHROMIUM_PDF);
        assertTrue(pdf.lines().stream().map(SourceLine::page).distinct().count() > 3);
        assertTrue(pdf.lines().stream().noneMatch(line -> line.text().contains(SeedLetterHtml.TITLE)
                || line.text().contains("file:") || line.text().matches(".*\\b\\d+/\\d+$")
                || line.text().matches("^\\d+/\\d+/\\d+, .*")), () -> pdf.lines().toString());
    }

    @Test
    void leavesOutBarePageNumbersAtTheFootOfPdfPages() {
        ReviewDraft numbered = TestImportConfig.standardImporter().draft("letter.pdf",
                PdfDocuments.seedLetterNumberedOnly());
        assertTrue(numbered.lines().stream().noneMatch(line -> line.text().strip().matches("\\d+")));
        assertEquals(outline(draft(Format.MARKDOWN)), outline(numbered));
    }

    @Test
    void leavesOutTheWordDocumentsPageHeader() {
        assertTrue(draft(Format.WORD).lines().stream()
                .noneMatch(line -> line.text().contains("NAVSH Peer Challenge: Nottinghamshire")));
    }

    private static DraftTheme theme(Format format, String number) {
        return draft(format).themes().stream().filter(t -> number.equals(t.number())).findFirst().orElseThrow();
    }

    private static DraftFinding finding(Format format, String start) {
        return draft(format).themes().stream()
                .flatMap(theme -> theme.findings().stream())
                .filter(f -> f.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No finding starts with " + start));
    }

    private static int count(DraftTheme theme, FindingKind kind) {
        return (int) theme.findings().stream().filter(f -> f.kind() == kind).count();
    }

    /** The draft with line numbers and whitespace set aside. */
    private static List<String> outline(ReviewDraft draft) {
        List<String> outline = new ArrayList<>();
        for (DraftTheme theme : draft.themes()) {
            outline.add("theme " + theme.number() + " " + theme.title());
            theme.findings().forEach(f -> outline.add(f.id() + " " + f.kind() + " " + Drafts.whitespaceAside(f.text())));
        }
        draft.unplaced().forEach(u -> outline.add(u.id() + " unplaced " + Drafts.whitespaceAside(u.text())));
        return outline;
    }
}
