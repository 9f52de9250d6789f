package io.followthrough.plan.action;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.platform.AuditedEntity;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.security.CurrentUser;
import io.followthrough.review.Finding;
import io.followthrough.review.Theme;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One line of a plan: what will be done, by whom, by when, and how we will know it worked. */
@Entity
public class Action extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    public Theme theme;

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String title;

    public String description;

    @ManyToMany
    @JoinTable(name = "action_finding", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "finding_id"))
    @OrderBy("position")
    public Set<Finding> findings = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person lead;

    @ManyToMany
    @JoinTable(name = "action_partner", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    @OrderBy("name")
    public Set<Partner> partners = new LinkedHashSet<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "target_date", nullable = false)
    public LocalDate targetDate;

    /** The target date first agreed, kept when an approved change moved it. */
    @Column(name = "original_target_date")
    public LocalDate originalTargetDate;

    @Column(name = "success_criteria")
    public String successCriteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status = ActionStatus.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag rag = Rag.NOT_YET_RATED;

    @Column(name = "rag_reason")
    public String ragReason;

    @Version
    @Column(nullable = false)
    public long version;

    /**
     * The RAG agreed for this action at its plan's latest signed-off termly review, kept by the termly review when it
     * is signed off ({@link #recordAgreedRatings}); null until one has rated it. Never written through the entity,
     * so an edit loaded before a sign-off cannot put back the rating it replaced.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_agreed_rag", insertable = false, updatable = false)
    public Rag lastAgreedRag;

    /** When the plan lead withdrew the action: an action is never deleted, so what was planned stays on record. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** Who withdrew it, as the audit trail names people (their sign-in name). */
    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** The action of another plan this one was carried forward into. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_to_action_id")
    public Action carriedTo;

    /** The action of another plan this one was carried forward from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_from_action_id")
    public Action carriedFrom;

    /**
     * The one home of "live": a withdrawn action leaves every live view (lists, counts, coverage, reminders, packs and
     * reports made afterwards) but keeps its page and history. Every finder of live actions uses this predicate.
     */
    public static String live(String alias) {
        return alias + ".withdrawnAt is null";
    }

    /**
     * Overdue, in a query of actions {@code a} with the parameters {@code today} and {@code complete}: as {@link
     * #isOverdueOn}.
     */
    private static final String OVERDUE = "a.targetDate < :today and a.status <> :complete and a.carriedTo is null";

    /**
     * Live and still followed up here: not carried forward, since the work goes on (and is chased) in the action it
     * was carried into. For reminders, calendar feeds and each person's own list.
     */
    public static String followedUp(String alias) {
        return live(alias) + " and " + alias + ".carriedTo is null";
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Carried forward into another plan, where the work goes on: this action is settled by that one. */
    public boolean isCarriedForward() {
        return carriedTo != null;
    }

    /**
     * Why the action may not be withdrawn, if it may not: it already was, it is complete (its record stands as
     * done), or it was carried forward (withdraw the action it was carried into instead).
     */
    public Optional<String> mayBeWithdrawn() {
        if (isWithdrawn()) {
            return Optional.of("This action was already withdrawn.");
        }
        if (status == ActionStatus.COMPLETE) {
            return Optional.of("This action is complete, so it stays in the plan as done: it cannot be withdrawn.");
        }
        if (isCarriedForward()) {
            return Optional.of("This action was carried forward into “" + carriedTo.plan.title
                    + "”: withdraw " + carriedTo.reference + " there instead.");
        }
        return Optional.empty();
    }

    /**
     * Why the action may not be carried forward into another plan, if it may not: only unfinished live work is
     * carried, and only once.
     */
    public Optional<String> mayBeCarriedForward() {
        if (isWithdrawn()) {
            return Optional.of(reference + " was withdrawn, so there is nothing to carry forward.");
        }
        if (status == ActionStatus.COMPLETE) {
            return Optional.of(reference + " is complete: only unfinished actions are carried forward.");
        }
        if (isCarriedForward()) {
            return Optional.of(reference + " was already carried forward into “" + carriedTo.plan.title + "”.");
        }
        return Optional.empty();
    }

    /**
     * Why no progress (nor a date change) may be recorded on this action any more, if none may: it was withdrawn, or
     * its work goes on in the plan it was carried into.
     */
    public Optional<String> closedToProgress() {
        if (isWithdrawn()) {
            return Optional.of("This action was withdrawn: no progress can be recorded on it.");
        }
        if (isCarriedForward()) {
            return Optional.of("This action was carried forward into “" + carriedTo.plan.title
                    + "”: record progress on " + carriedTo.reference + " there.");
        }
        return Optional.empty();
    }

    /** Reprogrammed: the target date moved with the plan lead's approval; counted apart from late actions. */
    public boolean isReprogrammed() {
        return originalTargetDate != null;
    }

    /** Leads the action, or belongs to a partner organisation that supports it. */
    public boolean involves(Person person) {
        return lead.id.equals(person.id)
                || (person.partner != null && partners.stream().anyMatch(p -> p.id.equals(person.partner.id)));
    }

    /**
     * Who may change its progress and dates now: nobody once its plan is closed or the action is withdrawn or
     * carried forward; until then the plan lead, or an officer the action involves.
     */
    public boolean mayBeUpdatedBy(CurrentUser user, Optional<Person> me) {
        return !plan.isClosed() && closedToProgress().isEmpty() && user.mayChange(me.filter(this::involves).isPresent());
    }

    /**
     * Refuses a change to the action: 409 once its plan is closed ({@link Plan#requireOpen}), 403 with
     * {@code refusal} for someone who may not change it, 409 with why when the action takes no more progress
     * ({@link #closedToProgress}).
     */
    public void requireUpdatableBy(CurrentUser user, Optional<Person> me, String refusal) {
        plan.requireOpen();
        if (!user.mayChange(me.filter(this::involves).isPresent())) {
            throw new ForbiddenException(refusal);
        }
        closedToProgress().ifPresent(reason -> {
            throw new ConflictException(reason);
        });
    }

    /**
     * Settled: nothing is left to do on the action for its plan to close. Complete, deferred with the reason
     * recorded, carried forward into another plan, or withdrawn with its reason. The one home of the rule
     * {@link Plan#closureProblems} applies.
     */
    public boolean isSettled() {
        return status == ActionStatus.COMPLETE || isCarriedForward() || isWithdrawn()
                || (status == ActionStatus.DEFERRED && ragReason != null && !ragReason.isBlank());
    }

    /** What would settle the action, for the page and the problem that list what stops a plan closing. */
    public String howToSettle() {
        return status == ActionStatus.DEFERRED ? "record the reason it is deferred in a progress update"
                : "complete it, or defer it with a reason";
    }

    /** Overdue: the target date has passed, the action is not complete and its work was not carried elsewhere. */
    public boolean isOverdueOn(LocalDate today) {
        return !status.isFinished() && !isCarriedForward() && targetDate.isBefore(today);
    }

    public static Optional<Action> withDetails(long id) {
        return find("""
                from Action a join fetch a.plan join fetch a.lead left join fetch a.theme
                where a.id = ?1""", id).firstResultOptional();
    }

    /**
     * The action with its row locked (SELECT ... FOR UPDATE) until the transaction ends, read after the lock is held:
     * appends to one action's log queue in the database instead of failing each other's version check.
     */
    public static Optional<Action> lockedForAppend(long id) {
        // A plain find by id: Hibernate locks it in the one select that reads it. A query with joins is locked by a
        // second select after the first has read the row, which leaves a stale version in hand.
        Optional<Action> locked = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        return locked.isEmpty() ? locked : withDetails(id);
    }

    /** The plan's actions matching a filter, in reference order, with lead and theme fetched in the same query. */
    public static PanacheQuery<Action> ofPlan(long planId, ActionFilter filter, LocalDate today) {
        Filtered filtered = Filtered.of(planId, filter, today);
        return find("from Action a join fetch a.lead left join fetch a.theme where " + filtered.where
                + " order by " + filtered.order, filtered.parameters);
    }

    /**
     * One page of the plan's actions matching a filter as read-only rows, in one statement: lead, theme, the rating
     * each had before (Action.previousRatings) and the number of matching actions come with the page, and no entity is
     * loaded.
     */
    public static List<ActionRow> rowsOfPlan(long planId, ActionFilter filter, LocalDate today, int page, int size) {
        Filtered filtered = Filtered.of(planId, filter, today);
        var query = getEntityManager().createQuery(ROW_SELECT + " where " + filtered.where + " order by "
                + filtered.order, ActionRow.class);
        filtered.parameters.map().forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Every action of a plan as read-only rows, in reference order (see {@link #rowsOfPlan}). */
    public static List<ActionRow> rowsOfPlan(long planId) {
        return getEntityManager().createQuery(ROW_SELECT + " where a.plan.id = :plan and " + live("a")
                                + " order by a.reference",
                        ActionRow.class)
                .setParameter("plan", planId).getResultList();
    }

    /** One action as a read-only row (see {@link #rowsOfPlan}). */
    public static Optional<ActionRow> row(long id) {
        return getEntityManager().createQuery(ROW_SELECT + " where a.id = :id", ActionRow.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The names of the partners supporting each action of a plan that has any, by name, in one statement. */
    public static Map<Long, List<String>> partnerNamesOfPlan(long planId) {
        Map<Long, List<String>> names = new HashMap<>();
        getEntityManager().createQuery("select a.id, p.name from Action a join a.partners p where a.plan.id = :plan",
                        Object[].class)
                .setParameter("plan", planId).getResultStream()
                .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        names.values().forEach(java.util.Collections::sort);
        return names;
    }

    /** The ids of the findings an action answers (by position) and of its partners (by name), in one statement. */
    public record LinkedIds(List<Long> findingIds, List<Long> partnerIds) {
    }

    public static LinkedIds linkedIds(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select 'F', f.id, f.position, null from action_finding af join finding f on f.id = af.finding_id
                where af.action_id = :id
                union all
                select 'P', p.id, null, p.name from action_partner ap join partner p on p.id = ap.partner_id
                where ap.action_id = :id
                order by 1, 3, 4, 2""").setParameter("id", id).getResultList();
        List<Long> findings = new ArrayList<>();
        List<Long> partners = new ArrayList<>();
        for (Object[] row : rows) {
            ("F".equals(String.valueOf(row[0])) ? findings : partners).add(((Number) row[1]).longValue());
        }
        return new LinkedIds(findings, partners);
    }

    /**
     * The rating each action had before its current one, for its direction of travel, in one statement for any
     * number of actions (see {@link #PREVIOUS_RAG}).
     */
    public static Map<Long, Rag> previousRatings(Collection<Long> ids) {
        Map<Long, Rag> previous = new HashMap<>();
        if (ids.isEmpty()) {
            return previous;
        }
        getEntityManager().createQuery("select a.id, " + PREVIOUS_RAG + " from Action a where a.id in :ids",
                        Object[].class)
                .setParameter("ids", ids).getResultStream()
                .filter(row -> row[1] != null).forEach(row -> previous.put((Long) row[0], (Rag) row[1]));
        return previous;
    }

    /**
     * The ratings the plan's latest signed-off termly review agreed, told by the termly review when one is signed
     * off: each action of the plan keeps the RAG agreed for it, or none. A bulk statement, so the actions' versions
     * do not change and nobody editing one meets a conflict.
     */
    public static void recordAgreedRatings(long planId, Map<Long, Rag> agreed) {
        getEntityManager().flush();
        getEntityManager().createNativeQuery("update action set last_agreed_rag = null where plan_id = :plan")
                .setParameter("plan", planId).executeUpdate();
        agreed.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((rag, ids) -> getEntityManager().createNativeQuery(
                                "update action set last_agreed_rag = :rag where plan_id = :plan and id in (:ids)")
                        .setParameter("rag", rag.name()).setParameter("plan", planId).setParameter("ids", ids)
                        .executeUpdate());
    }

    /*
     * The rating before the current one, written once: the RAG agreed for the action at the plan's last signed-off
     * termly review, or else the RAG of the action's update before its latest.
     */
    private static final String PREVIOUS_RAG = """
            coalesce(a.lastAgreedRag,
                (select u.rag from ProgressUpdate u where u.action.id = a.id
                 order by u.createdAt desc, u.id desc limit 1 offset 1))""";

    private static final String ROW_SELECT = """
            select new io.followthrough.plan.action.ActionRow(a.id, a.plan.id, a.reference, a.title, a.description,
                t.id, t.number, l.id, l.name, l.jobTitle, a.startDate, a.targetDate, a.originalTargetDate,
                a.successCriteria, a.status, a.rag, a.ragReason, a.version, a.withdrawnAt, ct.id, cf.id,
            """ + PREVIOUS_RAG + """
            , count(*) over ())
            from Action a join a.lead l left join a.theme t left join a.carriedTo ct left join a.carriedFrom cf""";

    /** The where clause, order and parameters of a filter, shared by the entity query and the rows. */
    private record Filtered(String where, String order, Parameters parameters) {

        static Filtered of(long planId, ActionFilter filter, LocalDate today) {
            StringBuilder where = new StringBuilder("a.plan.id = :plan and " + live("a"));
            Parameters parameters = Parameters.with("plan", planId);
            if (filter.themeId() != null) {
                where.append(" and a.theme.id = :theme");
                parameters.and("theme", filter.themeId());
            }
            if (filter.status() != null) {
                where.append(" and a.status = :status");
                parameters.and("status", filter.status());
            }
            if (filter.rag() != null) {
                where.append(" and a.rag = :rag");
                parameters.and("rag", filter.rag());
            }
            if (filter.leadId() != null) {
                where.append(" and a.lead.id = :lead");
                parameters.and("lead", filter.leadId());
            }
            if (filter.overdue() != null) {
                where.append(filter.overdue() ? " and " + OVERDUE : " and not (" + OVERDUE + ")");
                parameters.and("today", today).and("complete", ActionStatus.COMPLETE);
            }
            if (filter.partnerId() != null) {
                where.append(" and (a.lead.partner.id = :partner or exists (select 1 from Action s join s.partners p"
                        + " where s = a and p.id = :partner))");
                parameters.and("partner", filter.partnerId());
            }
            if (filter.termId() != null) {
                where.append(" and exists (select 1 from Term t where t.id = :term"
                        + " and a.targetDate between t.startDate and t.endDate)");
                parameters.and("term", filter.termId());
            }
            if (Boolean.TRUE.equals(filter.reprogrammed())) {
                where.append(" and a.originalTargetDate is not null");
            } else if (Boolean.FALSE.equals(filter.reprogrammed())) {
                where.append(" and a.originalTargetDate is null");
            }
            String order = switch (filter.sortOrDefault()) {
                case REFERENCE -> "a.reference";
                case TARGET_DATE -> "a.targetDate, a.reference";
                case RAG -> "case when a.status = :complete then 4 when a.rag = :red then 0 when a.rag = :amber then 1"
                        + " when a.rag = :green then 2 else 3 end, a.targetDate, a.reference";
            };
            if (filter.sortOrDefault() == ActionSort.RAG) {
                parameters.and("red", Rag.RED).and("amber", Rag.AMBER).and("green", Rag.GREEN);
                if (!parameters.map().containsKey("complete")) {
                    parameters.and("complete", ActionStatus.COMPLETE);
                }
            }
            return new Filtered(where.toString(), order, parameters);
        }
    }

    /** The plan's live actions, in reference order. */
    public static List<Action> ofPlan(long planId) {
        return list("from Action a join fetch a.lead left join fetch a.theme where a.plan.id = ?1 and " + live("a")
                + " order by a.reference", planId);
    }

    /** The plan's withdrawn actions, most recently withdrawn first. */
    public static List<Action> withdrawnOf(long planId) {
        return list("from Action a join fetch a.lead left join fetch a.theme where a.plan.id = ?1 and not ("
                + live("a") + ") order by a.withdrawnAt desc, a.reference", planId);
    }

    public static long countWithdrawn(long planId) {
        // A count query of its own rather than Panache's count(), which Hibernate translates again on every call.
        return getEntityManager().createQuery("select count(a) from Action a where a.plan.id = :plan and not ("
                + live("a") + ")", Long.class).setParameter("plan", planId).getSingleResult();
    }

    /** Every reference the plan has used, withdrawn actions' too: a reference is never given twice. */
    public static List<String> referencesOf(long planId) {
        return getEntityManager().createQuery("select a.reference from Action a where a.plan.id = ?1", String.class)
                .setParameter(1, planId).getResultList();
    }

    /** Every action of a plan with everything a spreadsheet row shows, in reference order. */
    public static List<Action> ofPlanForExport(long planId) {
        List<Action> actions = list("""
                select distinct a from Action a join fetch a.lead left join fetch a.theme left join fetch a.partners
                where a.plan.id = ?1 and %s order by a.reference""".formatted(live("a")), planId);
        if (!actions.isEmpty()) {
            list("select distinct a from Action a left join fetch a.findings where a in ?1", actions);
        }
        return actions;
    }

    public static List<Action> ofPlanWithPartners(long planId) {
        return list("""
                select distinct a from Action a join fetch a.lead l left join fetch l.partner
                left join fetch a.theme left join fetch a.partners where a.plan.id = ?1 and %s
                order by a.reference""".formatted(live("a")), planId);
    }

    /**
     * The live actions a person leads, and those supported by the partner they belong to; not those carried forward,
     * whose work goes on in the action they were carried into.
     */
    public static List<Action> ledOrSupportedBy(Person person) {
        if (person.partner == null) {
            return list("from Action a join fetch a.lead join fetch a.plan left join fetch a.theme "
                    + "where a.lead = ?1 and " + followedUp("a") + " order by a.targetDate", person);
        }
        return list("""
                select distinct a from Action a join fetch a.lead join fetch a.plan left join fetch a.theme
                where (a.lead = ?1 or exists (select 1 from Action s join s.partners p where s = a and p = ?2))
                and %s
                order by a.targetDate""".formatted(followedUp("a")), person, person.partner);
    }

    /** How many actions a plan has: complete, overdue, reprogrammed, and of each RAG among those not complete. */
    public record Counts(long actions, long complete, long overdue, long reprogrammed, Map<Rag, Long> rag) {
    }

    public static Counts countsOf(long planId, LocalDate today) {
        // Two statements: with today in the select list, Hibernate translated this query again on every call.
        List<Object[]> rows = getEntityManager().createQuery("""
                select a.status, a.rag, count(a), sum(case when a.originalTargetDate is not null then 1 else 0 end)
                from Action a where a.plan.id = :plan and %s
                group by a.status, a.rag""".formatted(live("a")), Object[].class)
                .setParameter("plan", planId).getResultList();
        long overdue = getEntityManager().createQuery("select count(a) from Action a where a.plan.id = :plan and "
                        + live("a") + " and " + OVERDUE, Long.class)
                .setParameter("plan", planId).setParameter("today", today)
                .setParameter("complete", ActionStatus.COMPLETE).getSingleResult();
        Map<Rag, Long> rag = new EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            rag.put(r, 0L);
        }
        long actions = 0;
        long complete = 0;
        long reprogrammed = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            actions += count;
            if (row[0] == ActionStatus.COMPLETE) {
                complete += count;
            } else {
                rag.merge((Rag) row[1], count, Long::sum);
            }
            reprogrammed += ((Number) row[3]).longValue();
        }
        return new Counts(actions, complete, overdue, reprogrammed, rag);
    }

    /** (action id, finding id, action reference) for every link between the plan's actions and findings. */
    /**
     * Red and Amber always carry a written reason and mitigation (DOMAIN.md, "Status and RAG"): why a rating with
     * this reason may not be recorded, if it may not.
     */
    public static Optional<String> reasonMissing(Rag rag, String reason) {
        return rag != null && rag.requiresReason() && (reason == null || reason.isBlank())
                ? Optional.of("Give the reason for a " + rag.label()
                        + " rating and what is being done about it")
                : Optional.empty();
    }

    public static List<Object[]> findingLinks(long planId) {
        return getEntityManager().createQuery(
                "select a.id, f.id, a.reference from Action a join a.findings f where a.plan.id = ?1 and " + live("a")
                        + " order by a.reference",
                Object[].class)
                .setParameter(1, planId).getResultList();
    }

    public static long countWithReference(long planId, String reference) {
        return count("plan.id = ?1 and reference = ?2", planId, reference);
    }
}
