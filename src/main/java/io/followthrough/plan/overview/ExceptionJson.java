package io.followthrough.plan.overview;

import io.followthrough.plan.action.ActionJson;

import java.util.List;

/** An action a board should look at first, and why: Red, overdue or worse than before. */
public record ExceptionJson(ActionJson action, List<String> reasons) {
}
