package io.followthrough.reminder;

import io.followthrough.platform.AuditedEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A reminder as it was sent: the record the plan lead sees on the Outbox page. In the demo, which has no mail server,
 * it is the only place the message goes ({@code delivered} is false).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderKind kind;

    @Column(name = "recipient_id")
    public Long recipientId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false)
    public String textBody;

    @Column(name = "html_body", nullable = false)
    public String htmlBody;

    /** Handed to the mail server; false when kept only here (the demo's mock mailer). */
    @Column(nullable = false)
    public boolean delivered;

    public static PanacheQuery<OutboxMessage> newestFirst() {
        return find("order by createdAt desc, id desc");
    }
}
