package io.followthrough.plan.closure;

import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanStatus;

import java.time.Instant;

/** How a plan was closed. */
public record ClosureJson(long planId, PlanStatus status, String statement, String closedBy, Instant closedAt) {

    static ClosureJson of(Plan plan) {
        return new ClosureJson(plan.id, plan.status, plan.closure.statement, plan.closure.closedBy,
                plan.closure.closedAt);
    }
}
