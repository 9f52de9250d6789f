package io.followthrough.report;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.plan.document.ActionPlanTable.ActionRow;
import io.followthrough.report.ReportDocument.Section;
import io.followthrough.support.PdfAssertions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appendix 1, the action plan, on its landscape pages: the columns share the width so each reads as text. Long areas
 * for consideration, as a real review writes them, must not squeeze success criteria and progress to a word a line.
 */
@QuarkusTest
class ActionPlanAppendixTest {

    private static final String AREA = "Consider how the Virtual School can work with the local authority's admissions "
            + "team and with schools to make sure that children in care who move placement are found a school place "
            + "within twenty school days, and that the Virtual School Head is told of every move in good time.";
    private static final String SUCCESS = "Every child in care who moves placement has a school place within twenty "
            + "school days";
    private static final String PROGRESS = "Designated teachers trained in every secondary school; the protocol "
            + "with admissions was agreed in March and is now in use";

    @Inject
    ReportDocuments documents;

    @Test
    void theWordGridSharesTheLandscapeWidthWithoutOneColumnTakingIt() throws IOException {
        byte[] docx = documents.docx(report());
        save("action-plan-appendix.docx", docx);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable plan = word.getTables().stream()
                    .filter(t -> t.getCTTbl().getTblGrid() != null && t.getCTTbl().getTblGrid().sizeOfGridColArray() == 9)
                    .findFirst().orElseThrow(() -> new AssertionError("appendix 1 has a grid of nine columns"));
            int[] widths = Arrays.stream(plan.getCTTbl().getTblGrid().getGridColArray())
                    .mapToInt(col -> ((java.math.BigInteger) col.getW()).intValue()).toArray();
            int total = Arrays.stream(widths).sum();
            assertTrue(total <= 16838 - 2 * 1134, "the grid fits the landscape page: " + Arrays.toString(widths));
            for (int w : widths) {
                assertTrue(w <= total * 0.25, "no column takes more than a quarter: " + Arrays.toString(widths));
            }
            int area = widths[1];
            assertTrue(widths[5] >= total * 0.12, "success criteria have room: " + Arrays.toString(widths));
            assertTrue(widths[8] >= total * 0.12, "latest progress has room: " + Arrays.toString(widths));
            assertTrue(area <= widths[5] * 1.5, "the area does not dominate: " + Arrays.toString(widths));
            assertEquals(STTblLayoutType.FIXED, plan.getCTTbl().getTblPr().getTblLayout().getType(),
                    "Word keeps the widths the template gives");
            // Each column holds its longest word: "Complete" in Status, "February" in Target date.
            assertTrue(widths[6] >= "Complete".length() * 118, "status holds its longest word");
            assertTrue(widths[4] >= "February".length() * 118, "the target date holds its month");
        }
    }

    @Test
    void thePdfSetsSuccessCriteriaAndProgressAsLinesOfTextAndStaysPdfUa() throws IOException {
        byte[] pdf = documents.pdf(report());
        save("action-plan-appendix.pdf", pdf);
        PdfAssertions.assertPdfUa(pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        List<String> lines = text.lines().map(String::strip).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("who moves placement")),
                "success criteria read several words a line: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("secondary school; the")),
                "latest progress reads several words a line: " + lines);
        assertTrue(PdfAssertions.text(pdf).contains("Consider how the Virtual School can work"), "the area is there");
    }

    private static void save(String name, byte[] content) throws IOException {
        Path target = Path.of("target", "documents");
        Files.createDirectories(target);
        Files.write(target.resolve(name), content);
    }

    private static ReportDocument report() {
        List<Section> sections = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            sections.add(new Section(section.key(), section.heading(), section.isImpact(),
                    section == ReportSection.LEGAL, List.of()));
        }
        ReportFront front = new ReportFront(List.of("Councillor A Member – Executive Member for Children's Services"),
                "Director of Education", "That Executive endorses the action plan.", "Decision", false,
                "Not applicable", false, "2024-27", "Not applicable.", "Not applicable.", "Not applicable.",
                "Not applicable.", List.of(), "Jane Smith", "jane.smith@example.gov.uk");
        List<ActionRow> actions = new ArrayList<>();
        String[] statuses = {"IN_PROGRESS", "COMPLETE", "NOT_STARTED"};
        for (int i = 1; i <= 6; i++) {
            actions.add(new ActionRow("3." + (i % 3 + 1) + "." + i, "3." + (i % 3 + 1) + " School places",
                    List.of(AREA), "Agree a protocol with the admissions team for school moves of children in care",
                    "Jane Smith, Virtual School Head", LocalDate.of(2027, 2, 14), "Spring 2027", SUCCESS,
                    ActionStatus.valueOf(statuses[i % 3]), i % 2 == 0 ? Rag.AMBER : Rag.NOT_YET_RATED, PROGRESS));
        }
        return new ReportDocument("Example Council", "Peer review – report to Executive", ReportKind.ENDORSEMENT,
                "Executive", LocalDate.of(2027, 2, 14), "Peer review", front, sections, actions,
                "Peer review action plan", List.of(), "Peer review", null,
                ReportDocument.StrategicPlan.of(List.of("People", "Place", "Business")), null, null, null);
    }
}
