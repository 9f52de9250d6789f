package io.followthrough.plan.withdrawal;

/** What the withdrawal form shows of the action, and why it may not be withdrawn, if it may not. */
public record ActionToWithdraw(long id, String reference, String title, long planId, String planTitle,
                               String refusal) {
}
