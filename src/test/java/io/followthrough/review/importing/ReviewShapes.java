package io.followthrough.review.importing;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Invented reviews in the shapes councils receive besides the NAVSH letter, written as Word documents with heading
 * styles and Word's own list numbering. The councils, people and findings are made up.
 */
final class ReviewShapes {

    static final String OFSTED = "ofsted-ilacs";
    static final String LGA = "lga-peer-challenge";
    static final String NAVSH_CORE_THEMES = "navsh-core-themes";
    static final String AUDIT = "internal-audit";

    static final List<String> OFSTED_IMPROVEMENTS = List.of(
            "The timeliness and quality of personal education plans for children in care, so that every plan sets "
                    + "targets that are specific to the child.",
            "Managers' oversight of the progress of children in care who are missing education or on reduced "
                    + "timetables.",
            "The use of the pupil premium plus grant to improve outcomes, and how its impact is evaluated.",
            "The quality and consistency of pathway plans for care leavers aged 16 and 17.",
            "The sufficiency of local placements, so that fewer children move school when they come into care.");

    static final List<String> LGA_RECOMMENDATIONS = List.of(
            "Agree a single education improvement strategy for children in care that partners sign up to.",
            "Strengthen the governance of the virtual school so that its governing board holds schools and social "
                    + "care to account.",
            "Develop the use of data so that leaders can see the progress of children in care term by term.",
            "Review the model for allocating pupil premium plus to schools and publish how decisions are made.",
            "Extend the virtual school's work with children with a social worker, building on the current pilot.",
            "Improve the transition support for young people moving into post-16 education and training.");

    static final List<String> LGA_THEMES = List.of("Leadership and governance", "Education of children in care",
            "Partnerships with schools and settings", "Capacity for improvement");

    static final List<String> NAVSH_THEMES = List.of(
            "How well does the Virtual School work with schools and other partners to improve outcomes for children "
                    + "in care?",
            "How effective is the PEP process, and are the monitoring systems effective?",
            "How well does the Virtual School champion children with a social worker?",
            "How effective are the arrangements for children who are excluded, without a school place or on "
                    + "part-time timetables?");

    /** No., priority, recommendation, management response, responsible officer and target date of each row. */
    static final List<List<String>> AUDIT_ROWS = List.of(
            List.of("1", "High", "Reconcile pupil premium plus allocations to schools with the grant conditions each "
                    + "term and record the reconciliation.", "Agreed. A termly reconciliation will be completed by "
                    + "the finance officer and reviewed by the Virtual School Head.", "Virtual School Head",
                    "31 July 2025"),
            List.of("2", "High", "Ensure that every allocation over £1,000 is supported by targets in the child's "
                    + "personal education plan.", "Agreed. The allocation form will not be approved without linked "
                    + "PEP targets.", "Education Achievement Officer (Primary)", "30 June 2025"),
            List.of("3", "Medium", "Recover or reallocate funds held by schools for children who have left their "
                    + "care.", "Agreed. Schools will be asked to return unspent funds within one term.",
                    "Finance Business Partner", "31/10/2025"),
            List.of("4", "Medium", "Report the impact of pupil premium plus spending to the governing board "
                    + "annually.", "Agreed. The annual report will include a section on impact from 2025-26.",
                    "Virtual School Head", "31/12/2025"),
            List.of("5", "Low", "Update the pupil premium plus policy on the council's website.",
                    "Agreed. The policy will be refreshed and published.", "Virtual School Business Manager",
                    "30/09/2025"));

    /** The width between the margins of an A4 page with 2.5 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9026;
    private static final int TABLE_FONT_SIZE = 9;

    private final XWPFDocument document = new XWPFDocument();
    private final BigInteger numbers;
    private final BigInteger bullets;

    private ReviewShapes() {
        var styles = document.createStyles();
        addStyle(styles, "Title", "Title");
        addStyle(styles, "Heading1", "heading 1");
        addStyle(styles, "Heading2", "heading 2");
        addStyle(styles, "Heading3", "heading 3");
        numbers = list(STNumberFormat.DECIMAL, "%1.");
        bullets = list(STNumberFormat.BULLET, "\uF0B7");
    }

    static Map<String, Supplier<byte[]>> wordDocuments() {
        Map<String, Supplier<byte[]>> documents = new LinkedHashMap<>();
        documents.put(OFSTED, ReviewShapes::ofsted);
        documents.put(LGA, ReviewShapes::lga);
        documents.put(NAVSH_CORE_THEMES, ReviewShapes::navshCoreThemes);
        documents.put(AUDIT, ReviewShapes::audit);
        return documents;
    }

    /** An Ofsted ILACS inspection report: judgements, narrative, and what needs to improve as a numbered list. */
    static byte[] ofsted() {
        ReviewShapes word = new ReviewShapes();
        word.paragraph("Title", "Inspection of Eastmoor Borough Council children's social care services");
        word.paragraph(null, "Inspection dates: 12 to 23 February 2024");
        word.paragraph(null, "Lead inspector: Priya Natarajan, His Majesty's Inspector");
        word.table(List.of(List.of("Judgement", "Grade"),
                List.of("The impact of leaders on social work practice with children and families", "Good"),
                List.of("The experiences and progress of children who need help and protection",
                        "Requires improvement to be good"),
                List.of("The experiences and progress of children in care", "Good"),
                List.of("The experiences and progress of care leavers", "Good"),
                List.of("Overall effectiveness", "Good")));
        word.paragraph("Heading1", "Overall effectiveness");
        word.paragraph(null, "Since the last inspection in 2019, leaders have improved the quality of services for "
                + "children in care. Most children live in stable homes and attend good schools.");
        word.paragraph(null, "The virtual school is well led and knows its children well. Its head has built strong "
                + "relationships with designated teachers across the borough.");
        word.paragraph("Heading1", "What needs to improve in this local authority?");
        OFSTED_IMPROVEMENTS.forEach(item -> word.item(item, word.numbers));
        word.paragraph("Heading1", "The experiences and progress of children in care: good");
        word.paragraph(null, "Children in care benefit from social workers who visit them regularly and know them "
                + "well. Children's views are sought and influence their plans.");
        word.paragraph(null, "Personal education plans are completed for most children, but the quality of targets "
                + "varies. The virtual school tracks attendance closely and challenges schools when it falls.");
        word.paragraph("Heading1", "The experiences and progress of care leavers: good");
        word.paragraph(null, "Personal advisers stay in touch with care leavers and help them into education, "
                + "employment and training.");
        word.paragraph("Heading1", "The impact of leaders on social work practice with children and families: good");
        word.paragraph(null, "Senior leaders and elected members are ambitious for children in care. The corporate "
                + "parenting board meets regularly and hears directly from children.");
        return word.bytes();
    }

    /** An LGA children's services peer challenge report: key recommendations, then feedback under themes. */
    static byte[] lga() {
        ReviewShapes word = new ReviewShapes();
        word.paragraph("Title", "Children's Services Peer Challenge: Westbridge City Council");
        word.paragraph(null, "4 to 6 October 2023");
        word.paragraph(null, "Feedback report, Local Government Association");
        word.paragraph("Heading1", "1. Introduction");
        word.paragraph(null, "Westbridge City Council asked the Local Government Association to carry out a peer "
                + "challenge of its virtual school and the education of children in care. The peer team spent three "
                + "days on site and spoke to more than 60 people.");
        word.paragraph("Heading1", "2. Key recommendations");
        word.paragraph(null, "There are a number of observations and suggestions within the main section of the "
                + "report. The following are the peer team's key recommendations to the council:");
        LGA_RECOMMENDATIONS.forEach(item -> word.item(item, word.numbers));
        word.paragraph("Heading1", "3. Summary of the peer challenge approach");
        word.paragraph(null, "The peer team was led by Sam Okafor, Director of Children's Services, with a virtual "
                + "school head, a lead member and an LGA peer challenge manager.");
        word.paragraph("Heading1", "4. Feedback");
        String[][] narrative = {
                {"The council's leadership is visibly committed to children in care. The lead member chairs the "
                        + "corporate parenting board well.", "The governing board of the virtual school is not yet "
                        + "holding partners to account: its minutes record updates rather than decisions."},
                {"Attendance of children in care is better than that of their peers nationally. Exclusions have "
                        + "fallen for three years.", "Progress at key stage 4 is below that of children in care "
                        + "nationally, and the council does not yet know why."},
                {"Designated teachers value the training the virtual school provides. Head teachers say the virtual "
                        + "school is responsive.", "Early years settings and colleges are less involved than schools."},
                {"The virtual school team is stable and experienced.", "The team relies heavily on its head; "
                        + "succession planning would reduce that risk."}};
        for (int t = 0; t < LGA_THEMES.size(); t++) {
            word.paragraph("Heading2", "4." + (t + 1) + " " + LGA_THEMES.get(t));
            for (String paragraph : narrative[t]) {
                word.paragraph(null, paragraph);
            }
        }
        word.paragraph("Heading1", "5. Next steps");
        word.paragraph(null, "The LGA will stay in touch with the council and offer a progress review in a year.");
        return word.bytes();
    }

    /** A NAVSH peer review in the Middlesbrough shape: four core themes, each with strengths and areas for development. */
    static byte[] navshCoreThemes() {
        ReviewShapes word = new ReviewShapes();
        word.paragraph("Title", "Virtual School Peer Review: Northmoor Borough Council");
        word.paragraph(null, "National Association of Virtual School Heads (NAVSH)");
        word.paragraph(null, "Report date: 18 November 2024");
        word.paragraph(null, "The review took place on 5 and 6 November 2024 and looked at four core themes:");
        NAVSH_THEMES.forEach(theme -> word.item(theme, word.bullets));
        word.paragraph("Heading1", "Findings");
        String[][][] findings = {
                {{"Designated teachers describe the virtual school as approachable and knowledgeable.",
                        "The virtual school's termly conferences are well attended by schools."},
                        {"Involve colleges and early years settings in the virtual school's training offer.",
                                "Agree with schools a shared approach to reduced timetables."}},
                {{"Almost all children in care have a PEP that was reviewed in the last term."},
                        {"Improve the quality of PEP targets so that they are specific and measurable.",
                                "Capture the child's voice consistently in every PEP."}},
                {{"The virtual school has extended its advice line to social workers of all children with a social "
                        + "worker."},
                        {"Set out how the extended duty will be resourced beyond the current grant."}},
                {{"Children without a school place are tracked daily by the virtual school."},
                        {"Report the number of children on part-time timetables to the governing board every term.",
                                "Review the use of alternative provision with the inclusion team."}}};
        for (int t = 0; t < NAVSH_THEMES.size(); t++) {
            word.paragraph("Heading2", NAVSH_THEMES.get(t));
            word.paragraph("Heading3", "Strengths");
            for (String strength : findings[t][0]) {
                word.item(strength, word.bullets);
            }
            word.paragraph("Heading3", "Areas for development");
            for (String area : findings[t][1]) {
                word.item(area, word.bullets);
            }
        }
        return word.bytes();
    }

    /** An internal audit report whose recommendations are a table with priority, owner and target date. */
    static byte[] audit() {
        ReviewShapes word = new ReviewShapes();
        word.paragraph("Title", "Internal Audit Report: Virtual School Pupil Premium Plus Grant");
        word.paragraph(null, "Final report, 14 March 2025");
        word.paragraph(null, "Internal Audit Service, Southvale County Council");
        word.paragraph("Heading1", "Executive summary");
        word.paragraph(null, "The audit reviewed how the virtual school allocates and monitors the pupil premium plus "
                + "grant. Overall we give limited assurance: the controls in place are not applied consistently.");
        word.paragraph("Heading1", "Recommendations and management responses");
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("No.", "Priority", "Recommendation", "Management response", "Responsible officer",
                "Target date"));
        rows.addAll(AUDIT_ROWS);
        word.table(rows, 6, 10, 28, 24, 16, 16);
        word.paragraph("Heading1", "Assurance definitions");
        word.paragraph(null, "Limited assurance: there are weaknesses in the controls that put the achievement of "
                + "the service's objectives at risk.");
        return word.bytes();
    }

    private void paragraph(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private void item(String text, BigInteger list) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.ZERO);
        paragraph.setIndentationLeft(720);
        paragraph.setIndentationHanging(360);
        paragraph.createRun().setText(text);
    }

    /** A table across the page, its columns the given percentages of its width (equal when none are given). */
    private void table(List<List<String>> rows, int... percentages) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        if (percentages.length > 0) {
            table.setWidthType(TableWidthType.DXA);
            table.setWidth(String.valueOf(TEXT_WIDTH_TWIPS));
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int percentage : percentages) {
                grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS * percentage / 100));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (percentages.length > c) {
                    row.getCell(c).setWidthType(TableWidthType.DXA);
                    row.getCell(c).setWidth(String.valueOf(TEXT_WIDTH_TWIPS * percentages[c] / 100));
                }
                XWPFParagraph cell = row.getCell(c).getParagraphs().get(0);
                var run = cell.createRun();
                run.setText(rows.get(r).get(c));
                // Tables in reports are set a size smaller than the text.
                run.setFontSize(TABLE_FONT_SIZE);
                if (r == 0) {
                    cell.getRuns().get(0).setBold(true);
                }
            }
        }
    }

    private BigInteger list(STNumberFormat.Enum format, String levelText) {
        XWPFNumbering numbering = document.getNumbering() != null ? document.getNumbering() : document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(levelText);
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private static void addStyle(org.apache.poi.xwpf.usermodel.XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
    }

    private byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
