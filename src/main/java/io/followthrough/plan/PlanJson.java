package io.followthrough.plan;

import io.followthrough.plan.action.Rag;

import java.util.List;
import java.util.Map;

/** A plan with the counts a reader wants first: how many actions, and how many of each RAG rating. */
public record PlanJson(long id, String title, PlanKind kind, PlanStatus status, List<Long> reviewIds, long leadId, String leadName,
                       long actionCount, long completeCount, long overdueCount, Map<Rag, Long> ragCounts) {
}
