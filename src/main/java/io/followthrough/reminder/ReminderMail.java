package io.followthrough.reminder;

/** A reminder ready to send: to whom, and its subject and two bodies. */
public record ReminderMail(ReminderKind kind, long recipientId, String to, String subject, String text, String html) {
}
