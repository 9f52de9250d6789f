package io.followthrough.reminder;

/** The reminders the service sends, and whether a person may switch each off. */
public enum ReminderKind {
    UPDATE_DUE("An update is due", "When an action you lead has had no progress update for a while", true),
    TARGET_DATE_SOON("A target date is near", "When an action you lead reaches its target date in two weeks", true),
    OVERDUE("An action is overdue", "When an action you lead passes its target date without being complete", true),
    // The pack for the SLT's termly review is built from the actions' latest updates: every lead must be told.
    TERMLY_REVIEW("Update before a termly review",
            "Two weeks (10 working days) before the SLT’s termly review of a plan you lead actions in", false),
    WEEKLY_DIGEST("Weekly digest for plan leads",
            "Each week, for a plan you lead: Red actions, overdue actions and target-date changes awaiting your decision",
            true);

    private final String label;
    private final String description;
    private final boolean canSwitchOff;

    ReminderKind(String label, String description, boolean canSwitchOff) {
        this.label = label;
        this.description = description;
        this.canSwitchOff = canSwitchOff;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean canSwitchOff() {
        return canSwitchOff;
    }
}
