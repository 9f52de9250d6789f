package io.followthrough.review.importing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated findings sections in every shape the parser knows, and some it does not: whatever it makes of them,
 * it keeps every word and never fails.
 */
class ReviewTextParserFuzzTest {

    /** The words of "Strengths" and "Areas for consideration" headings, which the parser reads as structure. */
    private static final Set<String> KIND_WORDS = Set.of("strengths", "areas", "for", "consideration");
    private static final List<String> FIRST_WORDS = List.of("The", "We", "Schools", "Ensure", "Consider",
            "Develop", "Social", "there", "more", "'The", "\"Good", "SLT", "PEPs", "Virtual", "Early", "Head",
            "É", "Zoë", "co-operation", "Attendance");
    private static final List<String> WORDS = List.of("school", "pupil", "premium", "Virtual", "team", "evidence",
            "PEP", "social", "workers", "'quoted'", "(LAC)", "data.", "plan,", "impact;", "outcomes:", "we",
            "heard", "the", "VS", "–", "•", "-", "--", "**bold**", "3.2", "1.", "naïve", "post-16", "?",
            "\"well\"", "(see", "3.1)", "money/impact?", "–reliance", "a", "to", "and", "of", "in", "'VS", "Head'",
            "Consider", "Ensure", "www.example.org", "£2,000", "78", "%", "#tag", "e.g.", "i.e.", "_under_");

    private final ReviewTextParser parser = new ReviewTextParser();

    /** A generated line and the text of it that must be kept: everything but its list marker. */
    record GeneratedLine(String text, String kept) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Property(tries = 400)
    void keepsEveryWordOfAFindingsSection(@ForAll("findingsSections") List<GeneratedLine> lines) {
        String section = "3. Findings\n" + lines.stream().map(GeneratedLine::text).collect(Collectors.joining("\n"));
        ReviewDraft draft = parser.parse(TextDocumentReader.lines(section));

        List<String> expected = Drafts.words(lines.stream().map(GeneratedLine::kept).toList());
        assertEquals(Drafts.wordsExcept(KIND_WORDS, expected),
                Drafts.wordsExcept(KIND_WORDS, Drafts.accountedWords(draft)));
    }

    @Property(tries = 300)
    void readsAnyTextWithoutFailing(@ForAll @StringLength(max = 3000) String text) {
        ReviewDraft draft = parser.parse(TextDocumentReader.lines(text));

        assertFalse(draft.themes().isEmpty());
        Set<String> ids = new HashSet<>();
        int lineCount = draft.lines().size();
        draft.themes().forEach(theme -> theme.findings().forEach(finding -> {
            assertTrue(ids.add(finding.id()));
            assertTrue(isWithin(finding.source(), lineCount), finding.source().toString());
            assertFalse(finding.text().isBlank());
        }));
        draft.unplaced().forEach(unplaced -> {
            assertTrue(ids.add(unplaced.id()));
            assertTrue(isWithin(unplaced.source(), lineCount), unplaced.source().toString());
        });
    }

    @Property(tries = 200)
    void decodesAnyBytesOrSaysTheyAreNotText(@ForAll @Size(max = 2000) byte[] content) {
        TextDocumentReader.decode(content).ifPresent(text -> parser.parse(TextDocumentReader.lines(text)));
    }

    private static boolean isWithin(SourceLocation source, int lineCount) {
        return source.fromLine() >= 1 && source.fromLine() <= source.toLine() && source.toLine() <= lineCount;
    }

    @Provide
    Arbitrary<List<GeneratedLine>> findingsSections() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, blank()),
                        Tuple.of(5, plain()),
                        Tuple.of(6, bullet()),
                        Tuple.of(2, numbered()),
                        Tuple.of(2, theme()),
                        Tuple.of(2, kind()),
                        Tuple.of(1, markdownHeading()),
                        Tuple.of(1, quotation()),
                        Tuple.of(1, leadIn()),
                        Tuple.of(2, junk()))
                .list().ofMaxSize(60);
    }

    private Arbitrary<String> sentence() {
        Arbitrary<String> first = Arbitraries.of(FIRST_WORDS);
        Arbitrary<List<String>> rest = Arbitraries.of(WORDS).list().ofMaxSize(25);
        Arbitrary<String> ending = Arbitraries.of("", ".", "?", ":", "!", "'", ")");
        return Combinators.combine(first, rest, ending)
                .as((word, words, end) -> (word + " " + String.join(" ", words)).strip() + end);
    }

    private Arbitrary<GeneratedLine> blank() {
        return Arbitraries.of("", " ", "   ", "\t").map(text -> new GeneratedLine(text, text));
    }

    private Arbitrary<GeneratedLine> plain() {
        return Combinators.combine(Arbitraries.of("", " "), sentence())
                .as((indent, text) -> new GeneratedLine(indent + text, text));
    }

    private Arbitrary<GeneratedLine> bullet() {
        return Combinators.combine(Arbitraries.of("", " ", "  ", "    "), Arbitraries.of("- ", "* ", "• ", "•", "– ", "+ "),
                        sentence())
                .as((indent, marker, text) -> new GeneratedLine(indent + marker + text, text));
    }

    private Arbitrary<GeneratedLine> numbered() {
        return Combinators.combine(Arbitraries.of("1. ", "2) ", "3. ", "a) ", "b. ", "(ii) ", "(2) "), sentence())
                .as((marker, text) -> new GeneratedLine(marker + text, text));
    }

    private Arbitrary<GeneratedLine> theme() {
        Arbitrary<String> number = Arbitraries.integers().between(1, 12).map(n -> "3." + n);
        Arbitrary<String> form = Arbitraries.of("%s %s", "- %s %s", "- **%s** %s", "## %s %s", "%s %s Strengths",
                "• %s %s");
        return Combinators.combine(form, number, sentence())
                .as((pattern, n, title) -> {
                    String text = String.format(pattern, n, "How " + title);
                    return new GeneratedLine(text, n + " How " + title);
                });
    }

    private Arbitrary<GeneratedLine> kind() {
        return Arbitraries.of("Strengths", " Strengths", "Areas for consideration", "Areas for Consideration:",
                        "- Strengths", "**Strengths**", "## Areas for consideration")
                .map(text -> new GeneratedLine(text, ""));
    }

    private Arbitrary<GeneratedLine> markdownHeading() {
        return Combinators.combine(Arbitraries.of("# ", "## ", "### "), sentence())
                .as((marks, text) -> new GeneratedLine(marks + text, text));
    }

    private Arbitrary<GeneratedLine> quotation() {
        return sentence().map(text -> new GeneratedLine("'" + text + "'", text));
    }

    private Arbitrary<GeneratedLine> leadIn() {
        return Arbitraries.of("Other issues raised in relation to PEPs:", "Other points raised:", "The team noted:")
                .map(text -> new GeneratedLine(text, text));
    }

    /** Any characters at all, except line breaks and the few openings that make a numbered list's marker. */
    private Arbitrary<GeneratedLine> junk() {
        return Arbitraries.strings().all().ofMaxLength(40)
                .filter(text -> !text.matches("(?s).*[\\n\\r\\f\\u0085\\u2028\\u2029].*"))
                .filter(text -> !text.strip().matches("(?s)(\\d|\\(|[a-z][.)]).*"))
                .map(text -> new GeneratedLine(text, text));
    }
}
