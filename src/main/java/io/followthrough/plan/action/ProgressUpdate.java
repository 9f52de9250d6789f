package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.platform.AuditedEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * A dated, signed note of what happened on an action. Append-only: never edited or deleted (the database refuses
 * too); a correction is a new update naming the one it corrects.
 */
@Entity
@Immutable
public class ProgressUpdate extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Action action;

    @ManyToOne(fetch = FetchType.LAZY)
    public Person author;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false)
    public String narrative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag rag;

    public String reason;

    public String impact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id")
    public ProgressUpdate corrects;

    @ElementCollection
    @CollectionTable(name = "progress_update_evidence", joinColumns = @JoinColumn(name = "update_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false)
    public List<String> evidenceLinks = new ArrayList<>();

    public static List<ProgressUpdate> ofActionNewestFirst(long actionId) {
        return newestFirst(actionId).list();
    }

    public static long countOfAction(long actionId) {
        return count("action.id", actionId);
    }

    public static PanacheQuery<ProgressUpdate> newestFirst(long actionId) {
        return find("action.id = ?1 order by createdAt desc, id desc", actionId);
    }

    /** What a list shows of an action's newest update: its text and when it was written. */
    public record Latest(String narrative, Instant createdAt) {
    }

    /** The newest update of each action of a plan that has one, in one statement and without loading any update. */
    public static Map<Long, Latest> latestOfPlan(long planId) {
        Map<Long, Latest> latest = new HashMap<>();
        getEntityManager().createQuery("select u.action.id, u.narrative, u.createdAt from ProgressUpdate u"
                        + " where u.action.plan.id = :plan and " + NEWEST, Object[].class)
                .setParameter("plan", planId).getResultStream()
                .forEach(row -> latest.put((Long) row[0], new Latest((String) row[1], (Instant) row[2])));
        return latest;
    }

    /** {@code u} is its action's newest update: none was written after it (the later id wins a tie). */
    private static final String NEWEST = """
            not exists (select 1 from ProgressUpdate later where later.action = u.action
                and (later.createdAt > u.createdAt or (later.createdAt = u.createdAt and later.id > u.id)))""";

    /** The newest update of each action that has one. */
    public static Map<Long, ProgressUpdate> latestOf(Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        List<ProgressUpdate> newest = list("from ProgressUpdate u where u.action.id in ?1 and " + NEWEST, actionIds);
        Map<Long, ProgressUpdate> latest = new HashMap<>();
        newest.forEach(u -> latest.put(u.action.id, u));
        return latest;
    }

    /** The impact recorded on each action's updates, oldest first, for the actions that have one. */
    public static Map<Long, List<String>> impactsOf(Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> impacts = new HashMap<>();
        getEntityManager().createQuery("""
                select u.action.id, u.impact from ProgressUpdate u
                where u.action.id in ?1 and u.impact is not null and trim(u.impact) <> ''
                order by u.createdAt, u.id""", Object[].class).setParameter(1, actionIds).getResultList()
                .forEach(row -> impacts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return impacts;
    }

    public static Optional<ProgressUpdate> ofAction(long actionId, long updateId) {
        return find("action.id = ?1 and id = ?2", actionId, updateId).firstResultOptional();
    }
}
