package io.followthrough.plan.document;

import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.term.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The action plan as a table, grouped by theme: appendix 1 of a committee report and the action plan document alike
 * (the template tag {@code actionPlanTable} draws it, so both print the same columns at the same widths).
 */
public record ActionPlanTable(List<ActionRow> rows) {

    /** The columns in order, each with the share of the page's width the PDF and the Word file give it. */
    public enum Column {
        REFERENCE("Ref", 4),
        AREAS("Area for consideration", 18),
        ACTION("Action", 16),
        LEAD("Lead officer", 10),
        TARGET_DATE("Target date", 8),
        SUCCESS_CRITERIA("Success criteria", 14),
        STATUS("Status", 7),
        RAG("RAG", 7),
        LATEST_PROGRESS("Latest progress", 16);

        private final String heading;
        private final int widthPercent;

        Column(String heading, int widthPercent) {
            this.heading = heading;
            this.widthPercent = widthPercent;
        }

        public String heading() {
            return heading;
        }

        public int widthPercent() {
            return widthPercent;
        }
    }

    /** One action as the table lists it: what it answers, who leads it, by when, how success is judged, how it goes. */
    public record ActionRow(String reference, String theme, List<String> areas, String title, String lead,
                            LocalDate targetDate, String term, String successCriteria, ActionStatus status, Rag rag,
                            String latestProgress) {
    }

    /** The actions of one theme, under the theme's heading; a null theme for actions no theme holds. */
    public record ActionGroup(String theme, List<ActionRow> actions) {
    }

    public ActionPlanTable {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public List<Column> columns() {
        return List.of(Column.values());
    }

    /** The rows grouped by theme, the themes in the order their first action comes. */
    public List<ActionGroup> groups() {
        Map<String, List<ActionRow>> groups = new LinkedHashMap<>();
        for (ActionRow row : rows) {
            String theme = row.theme() == null || row.theme().isBlank() ? "" : row.theme();
            groups.computeIfAbsent(theme, k -> new ArrayList<>()).add(row);
        }
        return groups.entrySet().stream()
                .map(e -> new ActionGroup(e.getKey().isEmpty() ? null : e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /**
     * The plan's actions as the table lists them, in theme order and by reference within a theme: the one place the
     * rows of the action plan are read, for a committee report and the plan's own document alike. Call it inside a
     * transaction.
     */
    public static ActionPlanTable ofPlan(long planId) {
        List<Term> terms = Term.inOrder();
        List<Action> actions = Action.ofPlanForExport(planId);
        // One query for every action's latest update, not one per action.
        Map<Long, ProgressUpdate> latest = ProgressUpdate.latestOf(actions.stream().map(a -> a.id).toList());
        return new ActionPlanTable(actions.stream()
                .sorted(Comparator.comparingInt((Action a) -> a.theme == null ? Integer.MAX_VALUE : a.theme.position))
                .map(a -> new ActionRow(a.reference, a.theme == null ? "" : a.theme.heading(),
                        a.findings.stream().filter(f -> f.kind == FindingKind.AREA_FOR_CONSIDERATION)
                                .sorted(Comparator.comparingInt((Finding f) -> f.position)).map(f -> f.text).toList(),
                        a.title, a.lead.name + ", " + a.lead.jobTitle, a.targetDate,
                        terms.stream().filter(t -> t.contains(a.targetDate)).findFirst().map(Term::name).orElse(""),
                        a.successCriteria == null ? "" : a.successCriteria, a.status, a.rag,
                        latest.containsKey(a.id) ? latest.get(a.id).narrative : ""))
                .toList());
    }
}
