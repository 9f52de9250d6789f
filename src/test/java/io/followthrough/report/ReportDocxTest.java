package io.followthrough.report;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.plan.document.ActionPlanTable.ActionRow;
import io.followthrough.report.ReportDocument.Paragraph;
import io.followthrough.report.ReportDocument.Section;
import io.followthrough.report.ReportDocument.ThemeFindings;
import io.followthrough.report.ReportFront.BackgroundPaper;
import io.followthrough.platform.pdf.WordRenderer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Word file of a committee report, written from the report's HTML. */
@QuarkusTest
class ReportDocxTest {

    /** The headings of the seed report (Middlesbrough, report to the Executive), in its order. */
    private static final List<String> SEED_HEADINGS = List.of("Summary", "Proposed decision(s)", "Ward(s) affected",
            "What is the purpose of this report?", "Why does this report require a Member decision?",
            "Report background", "What decision(s) are being asked for?", "Why is this being recommended?",
            "Other potential decisions and why these have not been recommended",
            "Impact(s) of recommended decision(s)", "Legal", "Financial", "Policy Framework",
            "Equality and Diversity", "Risk", "Actions to be taken to implement the decision(s)", "Appendices",
            "Background papers", "Contact");

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\. \\S");

    @Inject
    ReportDocuments documents;

    @Test
    void everySeedHeadingAppearsInTheSeedsOrder() throws IOException {
        List<String> texts = texts(open(documents.docx(report())));

        int from = 0;
        for (String heading : SEED_HEADINGS) {
            int at = texts.subList(from, texts.size()).indexOf(heading);
            assertTrue(at >= 0, "\"" + heading + "\" should follow the previous seed heading");
            from += at + 1;
        }
    }

    @Test
    void sectionHeadingsUseWordsHeadingStylesWithTheImpactsOneLevelDown() throws IOException {
        XWPFDocument word = open(documents.docx(report()));

        assertEquals("Heading1", styleOf(word, "Middlesbrough Council"));
        assertEquals("Heading2", styleOf(word, "Summary"));
        assertEquals("Heading2", styleOf(word, "Report background"));
        assertEquals("Heading2", styleOf(word, ReportSection.IMPACTS));
        assertEquals("Heading3", styleOf(word, "Legal"));
        assertEquals("Heading3", styleOf(word, "Risk"));
        assertEquals("Heading2", styleOf(word, "Actions to be taken to implement the decision(s)"));
        assertEquals("Heading2", styleOf(word, "Contact"));
        assertEquals("heading 2", word.getStyles().getStyle("Heading2").getName());
        assertEquals("1", word.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal()
                .toString(), "Heading 2 sits at outline level 1, so Word's navigation pane shows it");
    }

    @Test
    void paragraphsAreNumberedFromOneWithoutGapsOrRepeats() throws IOException {
        List<Integer> numbers = new ArrayList<>();
        for (String text : texts(open(documents.docx(report())))) {
            Matcher matcher = NUMBERED.matcher(text);
            if (matcher.find()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        }

        assertEquals(IntStream.rangeClosed(1, 9).boxed().toList(), numbers);
    }

    @Test
    void listItemsInsideAParagraphAreBulletsAfterIt() throws IOException {
        XWPFDocument word = open(documents.docx(report()));
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        int background = indexOf(paragraphs, "6. The review looked at three core themes:");

        XWPFParagraph first = paragraphs.get(background + 1);
        assertEquals("Leadership and governance", first.getText());
        assertEquals("ListBullet", first.getStyle());
        assertEquals("bullet", first.getNumFmt());
        assertEquals("Partnership working", paragraphs.get(background + 2).getText());
    }

    @Test
    void theActionPlanAppendixListsEveryActionUnderARepeatedHeaderRow() throws IOException {
        XWPFDocument word = open(documents.docx(report()));
        XWPFTable plan = tableAfterCaption(word, "The action plan");

        XWPFTableRow header = plan.getRow(0);
        assertTrue(header.isRepeatHeader(), "the header row repeats on each page");
        assertEquals(List.of("Ref", "Area for consideration", "Action", "Lead officer", "Target date",
                        "Success criteria", "Status", "RAG", "Latest progress"),
                header.getTableCells().stream().map(c -> c.getText()).toList());
        assertEquals(6, plan.getNumberOfRows(), "a header, two theme headings and three actions");
        assertEquals(List.of("Leadership and governance", "A1", "Partnership working", "A2", "A3"),
                plan.getRows().subList(1, 6).stream().map(r -> r.getCell(0).getText()).toList(),
                "each theme heads its actions once");
        XWPFTableRow red = plan.getRow(5);
        assertEquals("Publish a joint protocol for missing children", red.getCell(2).getText());
        assertTrue(red.getCell(4).getText().startsWith("14 February 2027"), red.getCell(4).getText());
        assertTrue(red.getCell(4).getText().contains("Spring 2027"), red.getCell(4).getText());
        assertEquals("Protocol published", red.getCell(5).getText());
        assertEquals("Not started", red.getCell(6).getText());
        assertEquals("Red", red.getCell(7).getText(), "RAG is written, never colour alone");
        assertEquals("F4CDC6", java.util.HexFormat.of().withUpperCase().formatHex((byte[]) red.getCell(7)
                .getParagraphs().get(0).getRuns().get(0).getCTR().getRPr().getShdArray(0).getFill()),
                "and shown in its colour");
        assertEquals("Draft shared with legal", plan.getRow(2).getCell(8).getText());
    }

    @Test
    void theFrontTablesCarryTheDecisionFactsAndTheStrategicPlanContribution() throws IOException {
        XWPFDocument word = open(documents.docx(report()));

        XWPFTable reportFor = tableAfterCaption(word, "Report for");
        assertEquals(List.of("Decision", "No", "Open", "No"),
                reportFor.getRow(1).getTableCells().stream().map(c -> c.getText()).toList());
        assertTrue(reportFor.getRow(0).isRepeatHeader());
        XWPFTable plan = tableAfterCaption(word, "Contribution to delivery of the 2024-2027 Strategic Plan");
        assertEquals(List.of("People", "Place", "Business"),
                plan.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
        XWPFTable papers = tableAfterCaption(word, "Background papers");
        assertEquals(List.of("Executive", "Children's Services Improvement Plan", "12 March 2025"),
                papers.getRow(1).getTableCells().stream().map(c -> c.getText()).toList());
        XWPFTable about = tableAfterCaption(word, "About this report");
        assertEquals("Executive – 14 April 2026", about.getRow(0).getCell(1).getText());
    }

    @Test
    void appendixTwoGivesEachThemesStrengthsAndAreasForConsideration() throws IOException {
        List<String> texts = texts(open(documents.docx(report())));
        int appendix = texts.indexOf("Appendix 2: Children's services peer review");

        assertTrue(appendix > 0);
        assertEquals(List.of("Leadership and governance", "Strengths", "Clear vision shared by leaders",
                        "Areas for consideration", "Capacity in the front door", "Partnership working", "Strengths",
                        "Strong health partnership"),
                texts.subList(appendix + 1, appendix + 9));
    }

    @Test
    void noBackgroundPapersReadsNotApplicable() throws IOException {
        ReportDocument withPapers = report();
        ReportFront front = withPapers.front();
        ReportFront noPapers = new ReportFront(front.executiveMembers(), front.director(), front.proposedDecision(),
                front.reportFor(), front.keyDecision(), front.confidential(), front.urgent(),
                front.strategicPlanPeriod(), front.people(), front.place(), front.business(), front.wards(),
                List.of(), front.contactName(), front.contactEmail());
        ReportDocument doc = new ReportDocument(withPapers.councilName(), withPapers.title(), withPapers.kind(),
                withPapers.body(), withPapers.meetingDate(), withPapers.subject(), noPapers, withPapers.sections(),
                withPapers.actionPlan(), withPapers.planTitle(), withPapers.findings(), withPapers.reviewTitle(), null, withPapers.strategicPlan(), null, null, null);

        List<String> texts = texts(open(documents.docx(doc)));

        int heading = texts.indexOf("Background papers");
        assertEquals(List.of("Body", "Report title", "Date", "Not applicable"), texts.subList(heading + 1, heading + 5),
                "the seed's table, reading Not applicable");
    }

    @Test
    void theDocumentCarriesItsTitleAndBritishEnglish() throws IOException {
        XWPFDocument word = open(documents.docx(report()));

        assertEquals("Children's services peer review and action plan",
                word.getProperties().getCoreProperties().getTitle());
        assertEquals("en-GB", word.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                .getLangArray(0).getVal());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                WordRenderer.MEDIA_TYPE);
    }

    @Test
    void libreOfficeConvertsTheDocumentToPdf(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed, so the conversion is not checked");
        Path file = dir.resolve("report.docx");
        Files.write(file, documents.docx(report()));

        Process process = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir",
                dir.toString(), file.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "soffice finished within two minutes");

        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.exists(pdf), "soffice wrote a PDF");
        byte[] start = new byte[5];
        System.arraycopy(Files.readAllBytes(pdf), 0, start, 0, 5);
        assertArrayEquals("%PDF-".getBytes(), start);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        assertFalse(bytes.length == 0);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** Paragraph texts in document order, table cells included where they stand. */
    private static List<String> texts(XWPFDocument word) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : word.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                texts.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> texts.add(cell.getText())));
            }
        }
        return texts;
    }

    private static String styleOf(XWPFDocument word, String text) {
        return word.getParagraphs().get(indexOf(word.getParagraphs(), text)).getStyle();
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph reads \"" + text + "\"");
    }

    /** The table whose caption (its Word title, shown above it unless the caption is visually hidden) reads so. */
    private static XWPFTable tableAfterCaption(XWPFDocument word, String caption) {
        for (XWPFTable table : word.getTables()) {
            var properties = table.getCTTbl().getTblPr();
            if (properties.getTblCaption() != null && properties.getTblCaption().getVal().equals(caption)) {
                return table;
            }
        }
        throw new AssertionError("no table captioned \"" + caption + "\"");
    }

    private static ReportDocument report() {
        int[] next = {1};
        List<Section> sections = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            List<Paragraph> paragraphs = switch (section) {
                case PURPOSE -> List.of(paragraph(next, "To ask the Executive to note the outcomes of the review."));
                case MEMBER_DECISION -> List.of(paragraph(next, "The action plan commits the council's resources."));
                case BACKGROUND -> List.of(
                        paragraph(next, "The review took place in February 2025."),
                        paragraph(next, "It was led by peers from three councils."),
                        paragraph(next, "The review team spoke to more than 80 people."),
                        paragraph(next, "The review looked at three core themes:", "Leadership and governance",
                                "Partnership working", "Practice quality"));
                case DECISIONS -> List.of(paragraph(next, "That Executive receives and notes the outcomes of the"
                        + " review and endorses the accompanying action plan."));
                case FINANCIAL -> List.of(paragraph(next, "The actions will be met from existing budgets."));
                case ACTIONS -> List.of(paragraph(next, "The lead officer will report progress each term."));
                default -> List.of();
            };
            sections.add(new Section(section.key(), section.heading(), section.isImpact(),
                    section == ReportSection.LEGAL, paragraphs));
        }
        ReportFront front = new ReportFront(List.of("Executive Member for Children's Services"),
                "Director of Children's Services",
                "That Executive receives and notes the outcomes of the review and endorses the action plan.",
                "Decision", false, "Open", false, "2024-2027", "Children are safe", "Not applicable",
                "Not applicable", "All", List.of(new BackgroundPaper("Executive",
                "Children's Services Improvement Plan", LocalDate.of(2025, 3, 12))),
                "Jane Smith", "jane.smith@example.gov.uk");
        List<ActionRow> actions = List.of(
                new ActionRow("A1", "Leadership and governance", List.of("Capacity in the front door"),
                        "Refresh the scheme of delegation", "Head of Service", LocalDate.of(2026, 9, 30),
                        "Autumn 2026", "Delegations published", ActionStatus.IN_PROGRESS, Rag.GREEN,
                        "Draft shared with legal"),
                new ActionRow("A2", "Partnership working", List.of("Information sharing with schools"),
                        "Agree a shared front-door protocol", "Partnership Lead", LocalDate.of(2026, 12, 18),
                        "Autumn 2026", "Protocol signed by every partner", ActionStatus.IN_PROGRESS, Rag.AMBER, ""),
                new ActionRow("A3", "Partnership working", List.of("Information sharing with schools"),
                        "Publish a joint protocol for missing children", "Safeguarding Manager",
                        LocalDate.of(2027, 2, 14), "Spring 2027", "Protocol published", ActionStatus.NOT_STARTED,
                        Rag.RED, ""));
        List<ThemeFindings> findings = List.of(
                new ThemeFindings("Leadership and governance", List.of("Clear vision shared by leaders"),
                        List.of("Capacity in the front door")),
                new ThemeFindings("Partnership working", List.of("Strong health partnership"),
                        List.of("Information sharing with schools")));
        return new ReportDocument("Middlesbrough Council", "Children's services peer review and action plan",
                ReportKind.ENDORSEMENT, "Executive", LocalDate.of(2026, 4, 14),
                "Children's services peer review and action plan", front, sections, actions,
                "Children's services action plan", findings, "Children's services peer review", null,
                ReportDocument.StrategicPlan.of(List.of("People", "Place", "Business")), null, null, null);
    }

    private static Paragraph paragraph(int[] next, String text, String... items) {
        return new Paragraph(next[0]++, text, List.of(items));
    }
}
