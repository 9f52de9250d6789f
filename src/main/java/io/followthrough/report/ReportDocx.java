package io.followthrough.report;

import io.followthrough.report.ReportDocument.ActionRow;
import io.followthrough.report.ReportDocument.Paragraph;
import io.followthrough.report.ReportDocument.Section;
import io.followthrough.report.ReportDocument.ThemeFindings;
import io.followthrough.report.ReportFront.BackgroundPaper;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a committee report as a Word document with the same content, in the same order, as the HTML template
 * ({@code templates/ReportDocuments/report.html}). Headings use Word's built-in style identifiers so that the
 * navigation pane, a table of contents and screen readers see the structure.
 */
@ApplicationScoped
public class ReportDocx {

    private static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String LANGUAGE = "en-GB";
    private static final String FONT = "Arial";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static String mediaType() {
        return MEDIA_TYPE;
    }

    public byte[] render(ReportDocument doc) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createStyles().setStyles(styles());
            word.getProperties().getCoreProperties().setTitle(doc.title());
            word.getProperties().getCoreProperties().setSubjectProperty(doc.subject());
            word.getProperties().getCoreProperties().setCreator(doc.councilName());
            a4(word);
            new Writer(word, bulletList(word)).write(doc);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report as a Word document", e);
        }
    }

    private static final class Writer {
        private final XWPFDocument word;
        private final BigInteger bullets;

        Writer(XWPFDocument word, BigInteger bullets) {
            this.word = word;
            this.bullets = bullets;
        }

        void write(ReportDocument doc) {
            ReportFront front = doc.front();
            if (doc.logo() != null) {
                picture(doc.logo().mediaType().equals("image/svg+xml") ? png(doc.logo().dataUri()) : doc.logo().content(),
                        doc.logo().alt(), 1.6 * 72);
            }
            paragraph("Heading1", doc.councilName());
            List<String> presenters = new ArrayList<>(front.executiveMembers());
            if (present(front.director())) {
                presenters.add(front.director());
            }
            lines(presenters);

            table("About this report", false, List.of(
                    List.of("Submitted to", doc.body() + " – " + date(doc.meetingDate())),
                    List.of("Subject", text(doc.subject()))));

            paragraph("Heading2", "Summary");
            paragraph("Heading3", "Proposed decision(s)");
            paragraph(null, front.proposedDecision());
            table("Report for", true, List.of(
                    List.of("Report for", "Key decision", "Confidential", "Is the report urgent?"),
                    List.of(text(front.reportFor()), yesNo(front.keyDecision()), text(front.confidential()),
                            yesNo(front.urgent()))));
            table("Contribution to delivery of the " + text(front.strategicPlanPeriod()) + " Strategic Plan", true,
                    List.of(List.of(doc.strategicPlan().first(), doc.strategicPlan().second(), doc.strategicPlan().third()),
                            List.of(text(front.people()), text(front.place()), text(front.business()))));
            paragraph("Heading3", "Ward(s) affected");
            paragraph(null, front.wards());

            for (Section section : doc.sections()) {
                if (section.firstImpact()) {
                    paragraph("Heading2", ReportSection.IMPACTS);
                }
                paragraph(section.impact() ? "Heading3" : "Heading2", section.heading());
                for (Paragraph p : section.paragraphs()) {
                    paragraph(null, p.number() + ". " + text(p.text()));
                    p.items().forEach(this::bullet);
                }
            }

            paragraph("Heading2", "Background papers");
            if (front.backgroundPapers().isEmpty()) {
                paragraph(null, "Not applicable.");
            } else {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("Body", "Report title", "Date"));
                for (BackgroundPaper paper : front.backgroundPapers()) {
                    rows.add(List.of(text(paper.body()), text(paper.title()), date(paper.date())));
                }
                table("Background papers", true, rows);
            }
            paragraph("Heading2", "Contact");
            paragraph(null, text(front.contactName()) + ". Email: " + text(front.contactEmail()));

            paragraph("Heading2", "Appendix 1: " + text(doc.planTitle())).setPageBreak(true);
            List<List<String>> actions = new ArrayList<>();
            actions.add(List.of("Ref", "Theme", "Action", "Lead officer", "Target date", "Status", "RAG"));
            for (ActionRow a : doc.actionPlan()) {
                String target = present(a.term()) ? date(a.targetDate()) + "\n" + a.term() : date(a.targetDate());
                actions.add(List.of(text(a.reference()), text(a.theme()), text(a.title()), text(a.lead()), target,
                        a.status() == null ? "" : a.status().label(), a.rag() == null ? "" : a.rag().label()));
            }
            table("The action plan", true, actions);

            paragraph("Heading2", "Appendix 2: " + text(doc.reviewTitle())).setPageBreak(true);
            for (ThemeFindings theme : doc.findings()) {
                paragraph("Heading3", theme.heading());
                if (!theme.strengths().isEmpty()) {
                    paragraph("Heading4", "Strengths");
                    theme.strengths().forEach(this::bullet);
                }
                if (!theme.areas().isEmpty()) {
                    paragraph("Heading4", "Areas for consideration");
                    theme.areas().forEach(this::bullet);
                }
            }
            if (doc.progress() != null) {
                progress(doc.progress());
            }
        }

        private void progress(ReportDocument.Progress progress) {
            paragraph("Heading2", "Appendix 3: Progress since the plan was endorsed").setPageBreak(true);
            chart(progress.chartImage(), "Actions by theme. " + progress.chartDescription());
            List<List<String>> themes = new ArrayList<>();
            themes.add(List.of("Theme", "Actions", "Red", "Amber", "Green", "Not yet rated", "Complete"));
            progress.themes().forEach(t -> themes.add(List.of(t.heading(), t.actions(), t.red(), t.amber(), t.green(),
                    t.notYetRated(), t.complete())));
            table("RAG and status by theme", true, themes);
            paragraph("Heading3", "Movement since the last termly review");
            paragraph(null, progress.lastReviewTerm() == null ? "No termly review has been signed off yet."
                    : "Against the RAG agreed at the " + progress.lastReviewTerm() + " review: " + progress.improved()
                    + " improved, " + progress.same() + " the same, " + progress.worse() + " worse.");
            paragraph("Heading3", "Exceptions");
            if (progress.exceptions().isEmpty()) {
                paragraph(null, "No action is Red, overdue or getting worse.");
            } else {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("Ref", "Action", "Why", "RAG", "Reason and mitigation"));
                progress.exceptions().forEach(e -> rows.add(List.of(e.reference(), e.title(), e.why(), e.rag().label(),
                        e.reasonAndMitigation())));
                table("Red, overdue and worsening actions", true, rows);
            }
            paragraph("Heading3", "Reprogrammed actions");
            if (progress.reprogrammed().isEmpty()) {
                paragraph(null, "No target date has been moved.");
            } else {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("Ref", "Action", "From", "To", "Approved reason"));
                progress.reprogrammed().forEach(r -> rows.add(List.of(r.reference(), r.title(), date(r.from()),
                        date(r.to()), r.reason())));
                table("Target dates moved with approval", true, rows);
            }
        }

        /** The SVG chart drawn as a picture, with its description as the picture's alternative text. */
        private void chart(String dataUri, String description) {
            picture(png(dataUri), description, 6.3 * 72);
        }

        /** An SVG data URI drawn as PNG, since Word documents cannot rely on SVG support. */
        private static byte[] png(String svgDataUri) {
            String svg = new String(java.util.Base64.getDecoder().decode(svgDataUri.substring(svgDataUri.indexOf(',') + 1)),
                    java.nio.charset.StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            try {
                org.apache.batik.transcoder.image.PNGTranscoder transcoder = new org.apache.batik.transcoder.image.PNGTranscoder();
                transcoder.addTranscodingHint(org.apache.batik.transcoder.SVGAbstractTranscoder.KEY_WIDTH, 1280f);
                transcoder.transcode(new org.apache.batik.transcoder.TranscoderInput(new java.io.StringReader(svg)),
                        new org.apache.batik.transcoder.TranscoderOutput(png));
                return png.toByteArray();
            } catch (org.apache.batik.transcoder.TranscoderException e) {
                throw new IllegalStateException("An image cannot be drawn for the Word document", e);
            }
        }

        private void picture(byte[] png, String description, double widthPoints) {
            try {
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
                double height = widthPoints * image.getHeight() / image.getWidth();
                org.apache.poi.xwpf.usermodel.XWPFRun run = word.createParagraph().createRun();
                run.addPicture(new java.io.ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                        "image.png", org.apache.poi.util.Units.toEMU(widthPoints), org.apache.poi.util.Units.toEMU(height));
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(description);
            } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("An image cannot be placed in the Word document", e);
            }
        }

        private XWPFParagraph paragraph(String style, String text) {
            XWPFParagraph paragraph = word.createParagraph();
            if (style != null) {
                paragraph.setStyle(style);
            }
            paragraph.createRun().setText(text(text));
            return paragraph;
        }

        private void lines(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            XWPFRun run = word.createParagraph().createRun();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines.get(i));
            }
        }

        private void bullet(String text) {
            XWPFParagraph paragraph = paragraph("ListBullet", text);
            paragraph.setNumID(bullets);
            paragraph.setNumILvl(BigInteger.ZERO);
        }

        /** A caption paragraph, then the table; with a header row, that row repeats at the top of each page. */
        private void table(String caption, boolean headerRow, List<List<String>> rows) {
            XWPFParagraph captionParagraph = paragraph("Caption", caption);
            captionParagraph.setKeepNext(true);
            int columns = rows.get(0).size();
            XWPFTable table = word.createTable(rows.size(), columns);
            table.setWidth("100%");
            table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                row.setCantSplitRow(true);
                boolean header = headerRow && r == 0;
                if (header) {
                    row.setRepeatHeader(true);
                }
                for (int c = 0; c < columns; c++) {
                    boolean rowHeader = !headerRow && c == 0;
                    cell(row.getCell(c), rows.get(r).get(c), header || rowHeader);
                }
            }
        }

        private void cell(XWPFTableCell cell, String text, boolean bold) {
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setBold(bold);
            String[] lines = text(text).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }
    }

    private static CTStyles styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        var fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(24));
        var lang = defaults.addNewLang();
        lang.setVal(LANGUAGE);
        styles.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(160));

        CTStyle normal = style(styles, "Normal", "Normal", null);
        normal.setDefault(true);
        normal.addNewQFormat();
        heading(styles, "Heading1", "heading 1", 0, 36);
        heading(styles, "Heading2", "heading 2", 1, 30);
        heading(styles, "Heading3", "heading 3", 2, 26);
        heading(styles, "Heading4", "heading 4", 3, 24);
        CTStyle caption = style(styles, "Caption", "caption", "Normal");
        caption.addNewQFormat();
        caption.addNewRPr().addNewB();
        CTStyle list = style(styles, "ListBullet", "List Bullet", "Normal");
        list.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(80));
        return styles;
    }

    private static void heading(CTStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = style(styles, id, name, "Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        return style;
    }

    private static BigInteger bulletList(XWPFDocument word) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        var indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(720));
        indent.setHanging(BigInteger.valueOf(360));
        var numbering = word.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }

    private static void a4(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1440));
        margins.setRight(BigInteger.valueOf(1440));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
