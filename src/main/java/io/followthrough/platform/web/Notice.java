package io.followthrough.platform.web;

/**
 * What a successful form post tells the person on the page it redirects to, shown there as a GOV.UK success
 * notification banner. The redirect carries only the notice's name (see {@link Html#seeOther(String, Notice)}), so
 * nobody can make the service show words of their own choosing.
 */
public enum Notice {
    PROGRESS_ADDED("Progress update added"),
    ACTION_CREATED("Action added to the plan"),
    ACTION_SAVED("Action saved"),
    PLAN_SAVED("Plan saved"),
    REPORT_CREATED("Report created"),
    REPORT_SAVED("Report saved"),
    REPORT_PUBLISHED("Report published"),
    REVIEW_SCHEDULED("Termly review scheduled"),
    ENTRY_SAVED("Entry saved"),
    REVIEW_SIGNED_OFF("Termly review signed off"),
    REVIEW_AMENDMENT_STARTED("New version of the review started: change what was wrong, then sign it off"),
    IMPORT_CREATED("Review imported: check the themes and findings below"),
    IMPORT_CONFIRMED("Review created from the import"),
    PERSON_LEFT("Leaving recorded: their actions have new leads"),
    REMINDERS_SAVED("Your reminders are saved"),
    CALENDAR_LINK_RENEWED("Your calendar has a new link: the old one no longer works"),
    REMINDERS_CHECKED("Reminders checked: anything due has been sent"),
    NO_ACTION_SAVED("Reason saved: the area needs no action in this plan"),
    NO_ACTION_WITHDRAWN("Decision withdrawn: the area needs an action or a reason again"),
    TEXT_REDACTED("Words redacted"),
    ACTION_WITHDRAWN("Action withdrawn: it has left the plan’s lists, counts and reminders"),
    ACTIONS_CARRIED_FORWARD("Actions carried forward: each is now a new action of the other plan"),
    PLAN_CREATED("Plan created"),
    PLAN_ENDORSED("Decision recorded: the plan is endorsed"),
    PLAN_CLOSED("Plan closed: its actions can no longer be changed"),
    PERSON_ADDED("Person added"),
    PERSON_SAVED("Person saved"),
    PARTNER_ADDED("Partner added"),
    TERMS_ADDED("Terms added for the year"),
    TERM_ADDED("Term added"),
    TERM_SAVED("Term dates saved"),
    DATE_CHANGE_REQUESTED("Request to move the target date sent to the plan lead"),
    DATE_CHANGE_APPROVED("New target date approved"),
    DATE_CHANGE_REFUSED("Request to move the target date refused"),
    SPREADSHEET_IMPORTED("Changes from the spreadsheet imported"),
    REVIEW_ADDED("Review added"),
    REVIEW_SAVED("Review saved"),
    THEME_ADDED("Theme added"),
    THEME_SAVED("Theme saved"),
    FINDING_ADDED("Finding added"),
    FINDING_SAVED("Finding saved"),
    SAVED("Changes saved");

    private final String message;

    Notice(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** The notice a cookie names, if it names one. */
    static java.util.Optional<Notice> named(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        for (Notice n : values()) {
            if (n.name().equals(name)) {
                return java.util.Optional.of(n);
            }
        }
        return java.util.Optional.empty();
    }
}
