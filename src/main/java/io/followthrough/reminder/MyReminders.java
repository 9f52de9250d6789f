package io.followthrough.reminder;

import java.util.List;

/**
 * A person's reminders as the "Your reminders" page and {@code GET /api/me/reminders} show them, with their calendar
 * feed's address.
 */
public record MyReminders(long personId, String name, String email, List<Setting> reminders, String calendarUrl) {

    public record Setting(ReminderKind kind, String label, String description, boolean enabled,
                          boolean canSwitchOff) {
    }
}
