package io.followthrough.plan.withdrawal;

import java.time.Instant;

/** One line of a plan's list of withdrawn actions. */
public record WithdrawnAction(long id, String reference, String title, String leadName, Instant withdrawnAt,
                              String withdrawnBy, String reason) {
}
