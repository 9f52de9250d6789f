package io.followthrough.plan.document;

import io.followthrough.platform.web.Formats;
import io.followthrough.platform.web.Plurals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plan as councils circulate it, as one record ready to render: its record on the cover (the council, what
 * it answers, who leads it, where it stands, when the document was produced and the endorsement, if any) and the
 * table of actions by theme. {@code endorsement} is null until the plan is endorsed; {@code fileName} is the name its
 * downloads are saved under, without the extension.
 */
public record PlanDocument(long planId, String fileName, String councilName, String title, String kind,
                           List<String> answers, String lead, String status, LocalDate produced,
                           EndorsementRecord endorsement, ActionPlanTable table) {

    /** One line of the cover: a label and its value, on one line or several. */
    public record Fact(String label, List<String> lines) {

        Fact(String label, String value) {
            this(label, List.of(value == null || value.isBlank() ? "Not recorded" : value));
        }

        public String text() {
            return String.join("\n", lines);
        }
    }

    /** A theme as the cover lists it, with how many actions it holds. */
    public record ThemeCount(String theme, String actions) {
    }

    public PlanDocument {
        answers = List.copyOf(answers);
    }

    /** The plan's record, as the cover gives it and the workbook's cover sheet repeats it. */
    public List<Fact> about() {
        return List.of(new Fact("Council", councilName), new Fact("Plan", title), new Fact("Kind of plan", kind),
                new Fact("Answers", answers.isEmpty() ? List.of("No review: a standing plan") : answers),
                new Fact("Plan lead", lead), new Fact("Status", status),
                new Fact("Produced", Formats.date(produced)), new Fact("Contents", contents()));
    }

    /** The decision that endorsed the plan; empty until there is one. */
    public List<Fact> endorsementFacts() {
        if (endorsement == null) {
            return List.of();
        }
        return List.of(new Fact("Endorsed by", endorsement.body()),
                new Fact("Meeting date", Formats.date(endorsement.meetingDate())),
                new Fact("Minute", endorsement.minuteReference()),
                new Fact("Report endorsed", endorsement.reportVersion()));
    }

    /** What the cover says in place of the endorsement while there is none. */
    public String notEndorsed() {
        return "Not yet endorsed. This is the plan as it stood on " + Formats.date(produced) + "; its status is "
                + status.toLowerCase(java.util.Locale.UK) + ".";
    }

    /** What the document holds, in words: "12 actions in 4 themes". */
    public String contents() {
        int actions = table.rows().size();
        long themes = table.groups().stream().filter(g -> g.theme() != null).count();
        String inThemes = themes == 0 ? "" : " in " + Plurals.of((int) themes, "theme", "themes");
        return Plurals.of(actions, "action", "actions") + inThemes;
    }

    /** The themes in the order the table gives them, each with its number of actions. */
    public List<ThemeCount> themes() {
        List<ThemeCount> themes = new ArrayList<>();
        for (ActionPlanTable.ActionGroup group : table.groups()) {
            themes.add(new ThemeCount(group.theme() == null ? "Not in a theme" : group.theme(),
                    Plurals.of(group.actions().size(), "action", "actions")));
        }
        return themes;
    }
}
