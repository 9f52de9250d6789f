package io.followthrough.reminder;

/**
 * A reminder that is due: its claim key (kind, what it is about, to whom, for which due date or week) and the message.
 */
public record DueReminder(ReminderKind kind, long subjectId, long recipientId, String period, ReminderMail mail) {
}
