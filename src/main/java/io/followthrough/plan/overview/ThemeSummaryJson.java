package io.followthrough.plan.overview;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;

import java.util.Map;

/** RAG (of actions not complete) and status counts for one theme of a plan. */
public record ThemeSummaryJson(Long themeId, String heading, long actions, Map<Rag, Long> rag,
                               Map<ActionStatus, Long> status) {
}
