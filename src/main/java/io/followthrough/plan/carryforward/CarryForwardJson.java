package io.followthrough.plan.carryforward;

import java.util.List;

/** What was carried: each action of the plan and the new action of the other plan that continues it. */
public record CarryForwardJson(long fromPlanId, long toPlanId, List<Carried> carried) {

    public record Carried(long fromActionId, String fromReference, long toActionId, String toReference,
                          String title) {
    }
}
