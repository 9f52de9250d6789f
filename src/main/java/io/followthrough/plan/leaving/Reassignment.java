package io.followthrough.plan.leaving;

import java.util.Map;

/**
 * Who takes over the actions of someone leaving: one person for all of them, a person per action, or both (a person
 * named for an action wins over the one named for all).
 */
public record Reassignment(Long toAll, Map<Long, Long> perAction) {

    public Reassignment {
        perAction = perAction == null ? Map.of() : Map.copyOf(perAction);
    }

    Long newLeadOf(long actionId) {
        Long chosen = perAction.get(actionId);
        return chosen != null ? chosen : toAll;
    }
}
