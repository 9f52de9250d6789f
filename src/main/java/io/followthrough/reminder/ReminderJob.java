package io.followthrough.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends the reminders that are due, once a day. Safe with several instances of the service on one database: each
 * reminder is claimed (see {@link ReminderClaims}) in the transaction that sends it, so only one instance sends it.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final DueReminders dueReminders;
    private final ReminderClaims claims;
    private final ReminderMailer mailer;
    private final Clock clock;

    public ReminderJob(DueReminders dueReminders, ReminderClaims claims, ReminderMailer mailer, Clock clock) {
        this.dueReminders = dueReminders;
        this.claims = claims;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(identity = "reminders", cron = "{followthrough.reminders.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Sends every reminder due today that nobody has sent yet; returns how many this call sent. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<DueReminder> due = dueReminders.on(today);
        int sent = 0;
        for (DueReminder reminder : due) {
            if (send(reminder)) {
                sent++;
            }
        }
        if (sent > 0) {
            LOG.infof("Sent %d reminders", sent);
        }
        return sent;
    }

    /**
     * Sends one reminder, trying a second time at once when the mail server refuses it: a server that closes the
     * connection ("421 Service shutting down", RFC 5321's way of saying "try again") usually takes the message on a
     * new one. If that fails too, the claim has rolled back with the send, so the next run tries again.
     */
    private boolean send(DueReminder reminder) {
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(reminder);
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    LOG.warnf("A %s reminder to person %d was not sent and will be tried again: %s", reminder.kind(),
                            reminder.recipientId(), e.getMessage());
                    return false;
                }
                LOG.infof("A %s reminder to person %d was refused (%s); trying again", reminder.kind(),
                        reminder.recipientId(), e.getMessage());
            }
        }
    }

    private boolean sendOnce(DueReminder reminder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!claims.claim(reminder.kind(), reminder.subjectId(), reminder.recipientId(), reminder.period())) {
                return false;
            }
            mailer.send(reminder.mail());
            return true;
        });
    }
}
