package io.followthrough.plan.carryforward;

import java.util.List;

/** The body of {@code POST /api/plans/{id}/carry-forward}: which of the plan's actions go, and into which plan. */
public record CarryForwardInput(List<Long> actionIds, Long toPlanId) {
}
