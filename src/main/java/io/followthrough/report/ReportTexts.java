package io.followthrough.report;

import io.followthrough.plan.document.ActionPlanTable;

import java.util.ArrayList;
import java.util.List;

/** Every piece of text in a report, in reading order, each with an id stable within the document and a place to find it. */
final class ReportTexts {

    record Text(String itemId, String where, String text) {
    }

    private final List<Text> texts = new ArrayList<>();

    private ReportTexts() {
    }

    static List<Text> of(ReportDocument doc) {
        ReportTexts t = new ReportTexts();
        t.add("report:councilName", "Council name", doc.councilName());
        t.add("report:title", "Title", doc.title());
        t.add("report:body", "Meeting body", doc.body());
        t.add("report:subject", "Subject", doc.subject());
        t.front(doc.front());
        for (ReportDocument.Section section : list(doc.sections())) {
            t.add("section:" + section.key() + ":heading", "Heading, " + section.heading(), section.heading());
            for (ReportDocument.Paragraph p : list(section.paragraphs())) {
                String id = "section:" + section.key() + ":p" + p.number();
                t.add(id, "Paragraph " + p.number() + ", " + section.heading(), p.text());
                int item = 0;
                for (String text : list(p.items())) {
                    item++;
                    t.add(id + ":item" + item, "Paragraph " + p.number() + ", list item " + item + ", "
                            + section.heading(), text);
                }
            }
        }
        t.add("appendix1:planTitle", "Appendix 1, plan title", doc.planTitle());
        int row = 0;
        for (ActionPlanTable.ActionRow action : list(doc.actionPlan())) {
            row++;
            String ref = action.reference() == null || action.reference().isBlank() ? "row" + row : action.reference();
            String id = "appendix1:" + ref + ":";
            String where = "Appendix 1, action " + ref + ", ";
            t.add(id + "reference", where + "reference", action.reference());
            t.add(id + "theme", where + "theme", action.theme());
            t.numbered(id + "area", where + "area answered ", action.areas());
            t.add(id + "title", where + "action", action.title());
            t.add(id + "lead", where + "lead officer", action.lead());
            t.add(id + "term", where + "term", action.term());
            t.add(id + "successCriteria", where + "success criteria", action.successCriteria());
            t.add(id + "latestProgress", where + "latest progress", action.latestProgress());
        }
        t.add("appendix2:reviewTitle", "Appendix 2, review title", doc.reviewTitle());
        int theme = 0;
        for (ReportDocument.ThemeFindings findings : list(doc.findings())) {
            theme++;
            String id = "appendix2:theme" + theme + ":";
            String where = "Appendix 2, theme " + theme + ", ";
            t.add(id + "heading", where + "heading", findings.heading());
            t.numbered(id + "strength", where + "strength ", findings.strengths());
            t.numbered(id + "area", where + "area for consideration ", findings.areas());
        }
        t.progress(doc.progress());
        t.closing(doc.closing());
        if (doc.strategicPlan() != null) {
            t.add("strategicPlan:first", "Strategic Plan heading 1", doc.strategicPlan().first());
            t.add("strategicPlan:second", "Strategic Plan heading 2", doc.strategicPlan().second());
            t.add("strategicPlan:third", "Strategic Plan heading 3", doc.strategicPlan().third());
        }
        if (doc.logo() != null) {
            t.add("logo:alt", "Logo, alternative text", doc.logo().alt());
        }
        t.add("smallNumberNote", "Note on suppressed figures", doc.smallNumberNote());
        if (doc.receivedPdf() != null) {
            t.add("receivedPdf:name", "Appendix 2, the review as received, file name", doc.receivedPdf().name());
        }
        return List.copyOf(t.texts);
    }

    /** The progress appendix: its table, chart text, exceptions and reprogramming, each with its reasons. */
    private void progress(ReportDocument.Progress progress) {
        if (progress == null) {
            return;
        }
        int n = 0;
        for (ReportDocument.ThemeRow row : list(progress.themes())) {
            n++;
            String id = "progress:theme" + n + ":";
            String where = "Progress by theme, row " + n + ", ";
            // Its other cells are counts of actions: numbers, not text anyone typed.
            add(id + "heading", where + "theme", row.heading());
        }
        add("progress:chartDescription", "Progress chart, description", progress.chartDescription());
        add("progress:lastReviewTerm", "Progress, last review term", progress.lastReviewTerm());
        n = 0;
        for (ReportDocument.ExceptionRow row : list(progress.exceptions())) {
            n++;
            String id = "progress:exception" + n + ":";
            String where = "Progress, exception " + n + ", ";
            add(id + "reference", where + "reference", row.reference());
            add(id + "title", where + "action", row.title());
            add(id + "why", where + "why listed", row.why());
            add(id + "reason", where + "reason and mitigation", row.reasonAndMitigation());
        }
        n = 0;
        for (ReportDocument.ReprogrammedRow row : list(progress.reprogrammed())) {
            n++;
            String id = "progress:reprogrammed" + n + ":";
            String where = "Progress, reprogrammed action " + n + ", ";
            add(id + "reference", where + "reference", row.reference());
            add(id + "title", where + "action", row.title());
            add(id + "reason", where + "reason", row.reason());
        }
        ReportDocument.Changes changes = progress.changes();
        if (changes != null) {
            add("progress:changes:endorsedBy", "Changes to the endorsed plan, endorsed by", changes.endorsedBy());
            changeRows("progress:changes:added", "Changes to the endorsed plan, added action ", changes.added());
            changeRows("progress:changes:withdrawn", "Changes to the endorsed plan, withdrawn action ",
                    changes.withdrawn());
        }
    }

    private void changeRows(String idPrefix, String wherePrefix, List<ReportDocument.ChangeRow> rows) {
        int n = 0;
        for (ReportDocument.ChangeRow row : list(rows)) {
            n++;
            add(idPrefix + n + ":reference", wherePrefix + n + ", reference", row.reference());
            add(idPrefix + n + ":title", wherePrefix + n + ", action", row.title());
            add(idPrefix + n + ":reason", wherePrefix + n + ", reason", row.reason());
        }
    }

    /** The closing appendix: the statement, the theme headings, and each action's impact, reason or new plan. */
    private void closing(ReportDocument.Closing closing) {
        if (closing == null) {
            return;
        }
        add("closing:statement", "Closing statement", closing.statement());
        add("closing:closedBy", "Closing, closed by", closing.closedBy());
        add("closing:endorsedBy", "Closing, endorsed by", closing.endorsedBy());
        int n = 0;
        for (ReportDocument.OutcomeRow row : list(closing.themes())) {
            n++;
            // Its other cells are counts of actions.
            add("closing:theme" + n + ":heading", "How the actions ended, row " + n + ", theme", row.heading());
        }
        n = 0;
        for (ReportDocument.CompletedRow row : list(closing.completed())) {
            n++;
            String id = "closing:completed" + n + ":";
            String where = "What was done, action " + n + ", ";
            add(id + "reference", where + "reference", row.reference());
            add(id + "title", where + "action", row.title());
            add(id + "lead", where + "lead officer", row.lead());
            numbered(id + "impact", where + "impact ", row.impacts());
        }
        n = 0;
        for (ReportDocument.DeferredRow row : list(closing.deferred())) {
            n++;
            String id = "closing:deferred" + n + ":";
            String where = "What was deferred, action " + n + ", ";
            add(id + "reference", where + "reference", row.reference());
            add(id + "title", where + "action", row.title());
            add(id + "reason", where + "reason", row.reason());
        }
        n = 0;
        for (ReportDocument.CarriedRow row : list(closing.carriedForward())) {
            n++;
            String id = "closing:carried" + n + ":";
            String where = "What carried forward, action " + n + ", ";
            add(id + "reference", where + "reference", row.reference());
            add(id + "title", where + "action", row.title());
            add(id + "toPlan", where + "plan carried into", row.toPlan());
        }
    }

    private void front(ReportFront front) {
        if (front == null) {
            return;
        }
        numbered("front:executiveMembers:", "Executive member ", front.executiveMembers());
        add("front:director", "Director", front.director());
        add("front:proposedDecision", "Proposed decision", front.proposedDecision());
        add("front:reportFor", "Report for", front.reportFor());
        add("front:confidential", "Confidential", front.confidential());
        add("front:strategicPlanPeriod", "Strategic Plan period", front.strategicPlanPeriod());
        add("front:people", "Strategic Plan: People", front.people());
        add("front:place", "Strategic Plan: Place", front.place());
        add("front:business", "Strategic Plan: Business", front.business());
        add("front:wards", "Wards affected", front.wards());
        int n = 0;
        for (ReportFront.BackgroundPaper paper : list(front.backgroundPapers())) {
            n++;
            add("front:backgroundPapers:" + n + ":body", "Background paper " + n + ", body", paper.body());
            add("front:backgroundPapers:" + n + ":title", "Background paper " + n + ", title", paper.title());
        }
        add("front:contactName", "Contact name", front.contactName());
        add("front:contactEmail", "Contact email", front.contactEmail());
    }

    private void numbered(String idPrefix, String wherePrefix, List<String> values) {
        int n = 0;
        for (String value : list(values)) {
            n++;
            add(idPrefix + n, wherePrefix + n, value);
        }
    }

    private void add(String itemId, String where, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(new Text(itemId, where, text));
        }
    }

    // A report's front is read back from JSON written by earlier versions, so its lists may be missing.
    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
