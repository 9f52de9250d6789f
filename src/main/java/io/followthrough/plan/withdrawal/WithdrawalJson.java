package io.followthrough.plan.withdrawal;

import io.followthrough.plan.PlanStatus;

import java.time.Instant;

/** A withdrawn action: when, by whom and why, and the status its plan is left in. */
public record WithdrawalJson(long actionId, String reference, String title, long planId, Instant withdrawnAt,
                             String withdrawnBy, String reason, PlanStatus planStatus) {
}
