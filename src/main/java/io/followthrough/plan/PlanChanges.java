package io.followthrough.plan;

import io.followthrough.plan.action.Action;

import java.time.Instant;
import java.util.List;

/**
 * Changes to a plan since it was endorsed, as the next progress report lists them under "Changes to the endorsed
 * plan": the actions added after the decision, and the actions withdrawn since.
 *
 * @param since     when the endorsement was recorded; null for a plan not endorsed, which has no changes
 * @param added     actions created after the endorsement was recorded, in reference order
 * @param withdrawn actions withdrawn since the endorsement, with when and why, in reference order
 */
public record PlanChanges(Instant since, List<Change> added, List<Change> withdrawn) {

    /** One action added to or withdrawn from the endorsed plan, with when, and why for a withdrawal. */
    public record Change(String reference, String title, Instant at, String reason) {
    }

    public static PlanChanges none() {
        return new PlanChanges(null, List.of(), List.of());
    }

    /** The changes to the plan since its endorsement, from its live actions and those withdrawn. */
    public static PlanChanges of(Plan plan, List<Action> actions) {
        if (plan.endorsement == null || plan.endorsement.recordedAt == null) {
            return none();
        }
        Instant since = plan.endorsement.recordedAt;
        List<Change> added = actions.stream().filter(a -> a.createdAt != null && a.createdAt.isAfter(since))
                .map(a -> new Change(a.reference, a.title, a.createdAt, null)).toList();
        List<Change> withdrawn = Action.withdrawnOf(plan.id).stream()
                .filter(a -> a.withdrawnAt.isAfter(since))
                .sorted(java.util.Comparator.comparing((Action a) -> a.reference))
                .map(a -> new Change(a.reference, a.title, a.withdrawnAt, a.withdrawalReason)).toList();
        return new PlanChanges(since, added, withdrawn);
    }

    public boolean isEmpty() {
        return added.isEmpty() && withdrawn.isEmpty();
    }
}
