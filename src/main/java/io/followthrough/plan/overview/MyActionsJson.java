package io.followthrough.plan.overview;

import io.followthrough.plan.action.ActionJson;

import java.util.List;

/** The signed-in officer's actions: overdue first, then those due this term, then the rest by date. */
public record MyActionsJson(String person, String currentTerm, List<ActionJson> overdue, List<ActionJson> dueThisTerm,
                            List<ActionJson> later) {
}
