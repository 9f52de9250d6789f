package io.followthrough.report;

import io.followthrough.plan.action.Rag;
import io.followthrough.plan.document.ActionPlanTable;
import io.followthrough.plan.document.ActionPlanTable.ActionGroup;
import io.followthrough.plan.document.ActionPlanTable.ActionRow;

import java.time.LocalDate;
import java.util.List;

/**
 * A committee report as one record, assembled from the plan, its review and the author's narrative, ready to render.
 * Paragraph numbers are given here, continuously from 1, so no renderer numbers by hand.
 */
public record ReportDocument(String councilName, String title, ReportKind kind, String body, LocalDate meetingDate,
                             String subject, ReportFront front, List<Section> sections, List<ActionRow> actionPlan,
                             String planTitle, List<ThemeFindings> findings, String reviewTitle, Progress progress,
                             StrategicPlan strategicPlan, Logo logo, String smallNumberNote,
                             ReceivedPdf receivedPdf) {

    /** The review as received, when it was a PDF: its pages follow appendix 2 in the report's PDF. */
    public record ReceivedPdf(long reviewId, String name, int pages) {

        public String pagesInWords() {
            return ReportProse.count(pages, "page", "pages");
        }
    }

    /** The same report, with what "c" means when its text shows one (see {@link PublicationGuard#smallNumberNote}). */
    public ReportDocument withSmallNumberNote(String note) {
        return new ReportDocument(councilName, title, kind, body, meetingDate, subject, front, sections, actionPlan,
                planTitle, findings, reviewTitle, progress, strategicPlan, logo, note, receivedPdf);
    }

    /** The council's logo as a data URI, with its alternative text; null when the council has not set one. */
    public record Logo(String dataUri, String mediaType, byte[] content, String alt) {
    }

    /** The council's Strategic Plan headings, from configuration: Middlesbrough's are People, Place and Business. */
    public record StrategicPlan(String first, String second, String third) {

        public static StrategicPlan of(List<String> headings) {
            return new StrategicPlan(headings.get(0), headings.get(1), headings.get(2));
        }
    }

    /** What a progress report adds: the plan by theme, movement since the last termly review, exceptions, reprogramming. */
    public record Progress(List<ThemeRow> themes, String chartImage, String chartDescription, String lastReviewTerm,
                           long improved, long same, long worse, List<ExceptionRow> exceptions,
                           List<ReprogrammedRow> reprogrammed) {

        /** Movement against the last signed-off review, counts in words as the rest of the prose writes them. */
        public String movement() {
            if (lastReviewTerm == null) {
                return "No termly review has been signed off yet.";
            }
            return "Against the RAG agreed at the " + lastReviewTerm + " review: " + inWords(improved) + " improved, "
                    + inWords(same) + " the same, " + inWords(worse) + " worse.";
        }

        private static String inWords(long n) {
            return n == 0 ? "none" : ReportProse.words(n);
        }
    }

    /** Counts of actions by theme: never suppressed, since actions are not children. */
    public record ThemeRow(String heading, long actions, long red, long amber, long green, long notYetRated,
                           long complete) {
    }

    public record ExceptionRow(String reference, String title, String why, Rag rag, String reasonAndMitigation) {
    }

    public record ReprogrammedRow(String reference, String title, LocalDate from, LocalDate to, String reason) {
    }

    public record Section(String key, String heading, boolean impact, boolean firstImpact, List<Paragraph> paragraphs) {
    }

    /**
     * One numbered paragraph; lines of the text that begin with "- " become a list inside it, and the other lines
     * keep the line breaks the author typed (an appendix on each line).
     */
    public record Paragraph(int number, String text, List<String> items) {

        public List<String> lines() {
            return text == null ? List.of() : text.lines().toList();
        }
    }

    /** Appendix 1: the plan's actions as the plan's own document lists them, grouped by theme. */
    public ActionPlanTable actionTable() {
        return new ActionPlanTable(actionPlan);
    }

    /** Appendix 1's rows grouped by theme, the themes in the order their first action comes (for council templates). */
    public List<ActionGroup> actionGroups() {
        return actionTable().groups();
    }

    public record ThemeFindings(String heading, List<String> strengths, List<String> areas) {
    }
}
