package io.followthrough.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a reminder through the mail server and keeps it in the outbox, in the caller's transaction. With the mock
 * mailer (dev mode and the demo, which have no mail server) the outbox is where it goes.
 */
@ApplicationScoped
public class ReminderMailer {

    private final Mailer mailer;
    private final boolean mock;

    public ReminderMailer(Mailer mailer, @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock) {
        this.mailer = mailer;
        this.mock = mock;
    }

    void send(ReminderMail mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()).setHtml(mail.html()));
        OutboxMessage kept = new OutboxMessage();
        kept.kind = mail.kind();
        kept.recipientId = mail.recipientId();
        kept.recipient = mail.to();
        kept.subject = mail.subject();
        kept.textBody = mail.text();
        kept.htmlBody = mail.html();
        kept.delivered = !mock;
        kept.persist();
    }
}
