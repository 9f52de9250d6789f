package io.followthrough.reminder;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanStatus;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.plan.datechange.DateChangeDecision;
import io.followthrough.plan.datechange.TargetDateChange;
import io.followthrough.platform.Clocks;
import io.followthrough.termlyreview.TermlyReview;
import io.followthrough.termlyreview.TermlyReviewState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds every reminder due on a day, written and ready to send, for people who have not switched it off. */
@ApplicationScoped
public class DueReminders {

    private final EntityManager entityManager;
    private final ReminderConfig config;
    private final ReminderLetters letters;

    public DueReminders(EntityManager entityManager, ReminderConfig config, ReminderLetters letters) {
        this.entityManager = entityManager;
        this.config = config;
        this.letters = letters;
    }

    @Transactional
    public List<DueReminder> on(LocalDate today) {
        Map<Long, Set<ReminderKind>> off = optOuts();
        // A closed plan's actions can no longer change, so nothing chases them.
        List<Action> open = Action.list("""
                from Action a join fetch a.plan join fetch a.lead l
                where a.status <> ?1 and a.plan.status <> ?2 and l.leftOn is null and %s
                order by a.plan.id, a.reference""".formatted(Action.followedUp("a")), ActionStatus.COMPLETE,
                PlanStatus.CLOSED);
        List<DueReminder> due = new ArrayList<>();
        actionReminders(today, open, off, due);
        termlyReviewReminders(today, open, due);
        weeklyDigests(today, open, off, due);
        return due;
    }

    private void actionReminders(LocalDate today, List<Action> open, Map<Long, Set<ReminderKind>> off,
                                 List<DueReminder> due) {
        Map<Long, Instant> lastUpdates = new HashMap<>();
        for (Object[] row : entityManager.createQuery("""
                select u.action.id, max(u.createdAt) from ProgressUpdate u where u.action.status <> :complete
                group by u.action.id""", Object[].class)
                .setParameter("complete", ActionStatus.COMPLETE).getResultList()) {
            lastUpdates.put((Long) row[0], (Instant) row[1]);
        }
        for (Action a : open) {
            Person lead = a.lead;
            Set<ReminderKind> theirs = off.getOrDefault(lead.id, Set.of());
            ReminderLetters.ActionLine line = line(a);
            Instant last = lastUpdates.get(a.id);
            LocalDate lastUpdate = last == null ? null : last.atZone(Clocks.UK).toLocalDate();
            LocalDate updateDue = (lastUpdate != null ? lastUpdate : a.createdAt.atZone(Clocks.UK).toLocalDate())
                    .plusWeeks(config.updateDueAfterWeeks());
            if (!updateDue.isAfter(today) && !theirs.contains(ReminderKind.UPDATE_DUE)) {
                due.add(new DueReminder(ReminderKind.UPDATE_DUE, a.id, lead.id, updateDue.toString(),
                        letters.updateDue(lead.id, lead.email, lead.name, line, lastUpdate,
                                config.updateDueAfterWeeks())));
            }
            if (a.targetDate.isBefore(today)) {
                if (!theirs.contains(ReminderKind.OVERDUE)) {
                    due.add(new DueReminder(ReminderKind.OVERDUE, a.id, lead.id, a.targetDate.toString(),
                            letters.overdue(lead.id, lead.email, lead.name, line)));
                }
            } else if (!a.targetDate.isAfter(today.plusDays(config.targetDateNoticeDays()))
                    && !theirs.contains(ReminderKind.TARGET_DATE_SOON)) {
                due.add(new DueReminder(ReminderKind.TARGET_DATE_SOON, a.id, lead.id, a.targetDate.toString(),
                        letters.targetDateSoon(lead.id, lead.email, lead.name, line, today)));
            }
        }
    }

    /** Every lead of an open action in the plan, a set number of working days before the meeting; no opting out. */
    private void termlyReviewReminders(LocalDate today, List<Action> open, List<DueReminder> due) {
        LocalDate horizon = WorkingDays.after(today, config.termlyReviewNoticeWorkingDays());
        List<TermlyReview> reviews = TermlyReview.list("""
                from TermlyReview r join fetch r.plan where r.state = ?1 and r.amends is null
                and r.meetingDate > ?2 and r.meetingDate <= ?3 and r.plan.status <> ?4 order by r.meetingDate""",
                TermlyReviewState.SCHEDULED, today, horizon, PlanStatus.CLOSED);
        for (TermlyReview review : reviews) {
            Map<Person, List<ReminderLetters.ActionLine>> byLead = new LinkedHashMap<>();
            open.stream().filter(a -> a.plan.id.equals(review.plan.id))
                    .sorted(Comparator.comparing(a -> a.lead.name))
                    .forEach(a -> byLead.computeIfAbsent(a.lead, l -> new ArrayList<>()).add(line(a)));
            byLead.forEach((lead, actions) -> due.add(new DueReminder(ReminderKind.TERMLY_REVIEW, review.id, lead.id,
                    review.meetingDate.toString(), letters.termlyReview(lead.id, lead.email, lead.name, review.id,
                    review.plan.title, review.body, review.meetingDate, actions))));
        }
    }

    private void weeklyDigests(LocalDate today, List<Action> open, Map<Long, Set<ReminderKind>> off,
                               List<DueReminder> due) {
        if (today.getDayOfWeek().compareTo(config.digestDay()) < 0) {
            return;
        }
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        List<TargetDateChange> pending = TargetDateChange.list(
                "from TargetDateChange c join fetch c.action a where c.decision = ?1 and " + Action.live("a")
                        + " order by a.reference", DateChangeDecision.PENDING);
        for (Plan plan : Plan.<Plan>list("from Plan p join fetch p.lead l where l.leftOn is null and p.status <> ?1 order by p.id",
                PlanStatus.CLOSED)) {
            Person lead = plan.lead;
            if (off.getOrDefault(lead.id, Set.of()).contains(ReminderKind.WEEKLY_DIGEST)) {
                continue;
            }
            List<ReminderLetters.ActionLine> red = open.stream()
                    .filter(a -> a.plan.id.equals(plan.id) && a.rag == Rag.RED).map(DueReminders::line).toList();
            List<ReminderLetters.ActionLine> overdue = open.stream()
                    .filter(a -> a.plan.id.equals(plan.id) && a.targetDate.isBefore(today))
                    .map(DueReminders::line).toList();
            List<ReminderLetters.ChangeLine> changes = pending.stream()
                    .filter(c -> c.action.plan.id.equals(plan.id))
                    .map(c -> new ReminderLetters.ChangeLine(c.id, c.action.reference, c.action.title,
                            c.originalDate, c.requestedDate))
                    .toList();
            if (red.isEmpty() && overdue.isEmpty() && changes.isEmpty()) {
                continue;
            }
            due.add(new DueReminder(ReminderKind.WEEKLY_DIGEST, plan.id, lead.id, week, letters.weeklyDigest(lead.id,
                    lead.email, lead.name, plan.id, plan.title, red, overdue, changes)));
        }
    }

    private Map<Long, Set<ReminderKind>> optOuts() {
        Map<Long, Set<ReminderKind>> off = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select person_id, kind from reminder_opt_out")
                .getResultList();
        for (Object[] row : rows) {
            for (ReminderKind kind : ReminderKind.values()) {
                if (kind.name().equals(row[1]) && kind.canSwitchOff()) {
                    off.computeIfAbsent(((Number) row[0]).longValue(), id -> EnumSet.noneOf(ReminderKind.class))
                            .add(kind);
                }
            }
        }
        return off;
    }

    private static ReminderLetters.ActionLine line(Action a) {
        return new ReminderLetters.ActionLine(a.id, a.reference, a.title, a.plan.title, a.targetDate, a.rag.label());
    }
}
