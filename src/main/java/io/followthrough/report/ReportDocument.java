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
                             ReceivedPdf receivedPdf, Closing closing) {

    /** An endorsement or progress report, which says nothing of closing. */
    public ReportDocument(String councilName, String title, ReportKind kind, String body, LocalDate meetingDate,
                          String subject, ReportFront front, List<Section> sections, List<ActionRow> actionPlan,
                          String planTitle, List<ThemeFindings> findings, String reviewTitle, Progress progress,
                          StrategicPlan strategicPlan, Logo logo, String smallNumberNote, ReceivedPdf receivedPdf) {
        this(councilName, title, kind, body, meetingDate, subject, front, sections, actionPlan, planTitle, findings,
                reviewTitle, progress, strategicPlan, logo, smallNumberNote, receivedPdf, null);
    }

    /** The review as received, when it was a PDF: its pages follow appendix 2 in the report's PDF. */
    public record ReceivedPdf(long reviewId, String name, int pages) {

        public String pagesInWords() {
            return ReportProse.count(pages, "page", "pages");
        }
    }

    /** The same report, with what "c" means when its text shows one (see {@link PublicationGuard#smallNumberNote}). */
    public ReportDocument withSmallNumberNote(String note) {
        return new ReportDocument(councilName, title, kind, body, meetingDate, subject, front, sections, actionPlan,
                planTitle, findings, reviewTitle, progress, strategicPlan, logo, note, receivedPdf, closing);
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

    /**
     * What a progress report adds: the plan by theme, movement since the last termly review, exceptions, reprogramming,
     * and the changes made to the plan since it was endorsed.
     */
    public record Progress(List<ThemeRow> themes, String chartImage, String chartDescription, String lastReviewTerm,
                           long improved, long same, long worse, List<ExceptionRow> exceptions,
                           List<ReprogrammedRow> reprogrammed, Changes changes) {

        public Progress(List<ThemeRow> themes, String chartImage, String chartDescription, String lastReviewTerm,
                        long improved, long same, long worse, List<ExceptionRow> exceptions,
                        List<ReprogrammedRow> reprogrammed) {
            this(themes, chartImage, chartDescription, lastReviewTerm, improved, same, worse, exceptions,
                    reprogrammed, null);
        }

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

    /**
     * Changes to the plan since the body endorsed it: the actions added after the decision and those withdrawn.
     * {@code endorsedBy} and {@code endorsedOn} are null for a plan not endorsed, which has had no changes.
     */
    public record Changes(String endorsedBy, LocalDate endorsedOn, List<ChangeRow> added, List<ChangeRow> withdrawn) {

        public boolean endorsed() {
            return endorsedOn != null;
        }

        public boolean none() {
            return added.isEmpty() && withdrawn.isEmpty();
        }
    }

    /** One action added to or withdrawn from the endorsed plan; the reason is that of a withdrawal. */
    public record ChangeRow(String reference, String title, LocalDate on, String reason) {
    }

    /**
     * What a closing report adds: the closing statement, the plan's final RAG and status by theme, what was done and
     * the impact recorded, what was deferred and why, and what was carried into another plan.
     */
    public record Closing(String statement, String closedBy, LocalDate closedOn, String endorsedBy,
                          LocalDate endorsedOn, List<OutcomeRow> themes, List<CompletedRow> completed,
                          List<DeferredRow> deferred, List<CarriedRow> carriedForward) {

        public List<String> statementLines() {
            return statement == null ? List.of() : statement.lines().filter(l -> !l.isBlank()).toList();
        }

        /** The totals row of the outcome table: every action of the plan. */
        public OutcomeRow total() {
            return new OutcomeRow("All actions", themes.stream().mapToLong(OutcomeRow::actions).sum(),
                    themes.stream().mapToLong(OutcomeRow::complete).sum(),
                    themes.stream().mapToLong(OutcomeRow::deferred).sum(),
                    themes.stream().mapToLong(OutcomeRow::red).sum(), themes.stream().mapToLong(OutcomeRow::amber).sum(),
                    themes.stream().mapToLong(OutcomeRow::green).sum(),
                    themes.stream().mapToLong(OutcomeRow::notYetRated).sum());
        }
    }

    /**
     * How a theme's actions ended: complete, deferred, and the RAG of those not complete as it stood at closing (the
     * RAG summary); counts of actions, never suppressed.
     */
    public record OutcomeRow(String heading, long actions, long complete, long deferred, long red, long amber,
                             long green, long notYetRated) {
    }

    /** A completed action with the impact its updates recorded, oldest first; none recorded is said so. */
    public record CompletedRow(String reference, String title, String lead, List<String> impacts) {
    }

    /** A deferred action with the reason recorded with its status. */
    public record DeferredRow(String reference, String title, String reason) {
    }

    /** An unfinished action carried into another plan, named by its title. */
    public record CarriedRow(String reference, String title, String toPlan) {
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
