package io.followthrough.reminder;

import java.time.Instant;

public record OutboxJson(long id, ReminderKind kind, String recipient, String subject, String textBody,
                         String htmlBody, boolean delivered, Instant sentAt) {

    public static OutboxJson of(OutboxMessage m) {
        return new OutboxJson(m.id, m.kind, m.recipient, m.subject, m.textBody, m.htmlBody, m.delivered, m.createdAt);
    }
}
